package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Per skill, how many of the program's mentors teach it and how many of its mentees want to learn it. A wanted skill
 * is short of mentors when more than {@link #LEARNERS_PER_MENTOR} learners share each mentor who teaches it (or no
 * mentor does). Largest shortfall first; shows the first {@link #LIMIT} skills.
 */
@Singleton
class SkillSupplyDemandChart extends SqlChart {

    static final int LIMIT = 30;
    /** The default mentor capacity: one mentor can take about this many learners. */
    static final int LEARNERS_PER_MENTOR = 2;

    private static final String SQL = "with " + ProgramSql.MEMBERS + """
            , teaching as (
                select t.skill_id, count(*) as n from members m
                join profile_teach_skill t on t.member_id = m.member_id
                where m.role in %s group by t.skill_id),
            learning as (
                select l.skill_id, count(*) as n from members m
                join profile_learn_skill l on l.member_id = m.member_id
                where m.role in %s group by l.skill_id)
            select s.slug, s.name_en, s.name_zh, coalesce(t.n, 0) as teachers, coalesce(l.n, 0) as learners,
                count(*) over ()
            from skill s
            left join teaching t on t.skill_id = s.id
            left join learning l on l.skill_id = s.id
            where t.n is not null or l.n is not null
            order by coalesce(l.n, 0) - coalesce(t.n, 0) desc, coalesce(l.n, 0) desc, s.slug
            limit :limit
            """.formatted(ProgramSql.MENTORING_ROLES, ProgramSql.LEARNING_ROLES);

    SkillSupplyDemandChart(ProgramSql sql) {
        super("skill-supply-demand", 60, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        List<Object[]> found = sql.rows(SQL, query.programId(), Map.of("limit", LIMIT));
        List<ChartRow> rows = found.stream().map(row -> {
            long teachers = ProgramSql.count(row[3]);
            long learners = ProgramSql.count(row[4]);
            return new ChartRow((String) row[0], (String) (query.chinese() ? row[2] : row[1]),
                    List.of(teachers, learners), shortOfMentors(teachers, learners));
        }).toList();
        int skills = found.isEmpty() ? 0 : (int) ProgramSql.count(found.get(0)[5]);
        return ChartData.table(ChartKind.HORIZONTAL_BAR, "skill", List.of("mentors_teaching", "mentees_learning"),
                        rows)
                .labelledBy("name")
                .highlightedAs("short_of_mentors")
                .withTotal(null, skills - rows.size());
    }

    static boolean shortOfMentors(long teachers, long learners) {
        return learners > LEARNERS_PER_MENTOR * teachers;
    }
}
