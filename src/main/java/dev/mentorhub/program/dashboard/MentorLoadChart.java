package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The program's mentors (program role mentor or both): active mentees against their capacity, most loaded first.
 * Active mentees count every active mentorship, inside the program or not, because capacity is one number per
 * person. Shows the first {@link #LIMIT}; the totals cover all mentors.
 */
@Singleton
class MentorLoadChart extends SqlChart {

    static final int LIMIT = 30;

    private static final String SQL = "with " + ProgramSql.MEMBERS + """
            , mentors as (
                select m.member_id, coalesce(p.display_name, mb.display_name) as name,
                    coalesce(p.mentor_capacity, 0) as capacity,
                    (select count(*) from mentorship s where s.mentor_id = m.member_id and s.status = 'ACTIVE') as active
                from members m
                join member mb on mb.id = m.member_id
                left join profile p on p.member_id = m.member_id
                where m.role in %s)
            select cast(member_id as varchar), name, active, capacity,
                count(*) over (), sum(active) over (), sum(capacity) over ()
            from mentors
            order by active desc, capacity - active, name, member_id
            limit :limit
            """.formatted(ProgramSql.MENTORING_ROLES);

    MentorLoadChart(ProgramSql sql) {
        super("mentor-load", 50, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        List<Object[]> found = sql.rows(SQL, query.programId(), Map.of("limit", LIMIT));
        List<ChartRow> rows = found.stream().map(row -> {
            long active = ProgramSql.count(row[2]);
            long capacity = ProgramSql.count(row[3]);
            return new ChartRow((String) row[0], (String) row[1], List.of(active, capacity), active >= capacity);
        }).toList();
        long mentors = found.isEmpty() ? 0 : ProgramSql.count(found.get(0)[4]);
        ChartRow total = found.isEmpty() ? ChartRow.of("total", 0L, 0L)
                : ChartRow.of("total", ProgramSql.count(found.get(0)[5]), ProgramSql.count(found.get(0)[6]));
        return ChartData.table(ChartKind.HORIZONTAL_BAR, "mentor_id", List.of("active_mentees", "capacity"), rows)
                .labelledBy("mentor")
                .highlightedAs("full")
                .withTotal(total, (int) (mentors - rows.size()));
    }
}
