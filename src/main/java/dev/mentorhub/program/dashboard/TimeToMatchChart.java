package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.util.List;

/** How many matched members found their first mentorship within 0-1, 2-7, 8-14, 15-30 or more than 30 days. */
@Singleton
class TimeToMatchChart extends SqlChart {

    /** Each matched member's whole days (rounded down) from joining to their first mentorship; needs MATCHES. */
    static final String FIRSTS = """
            firsts as (
                select member_id, floor(extract(epoch from min(started_at) - joined_at) / 86400)::int as days
                from matches group by member_id, joined_at)
            """;

    static final List<String> BUCKETS = List.of("0-1", "2-7", "8-14", "15-30", "31+");

    private static final String SQL = "with " + ProgramSql.MEMBERS + ", " + ProgramSql.MATCHES + ", " + FIRSTS + """
            select
                count(*) filter (where days <= 1),
                count(*) filter (where days between 2 and 7),
                count(*) filter (where days between 8 and 14),
                count(*) filter (where days between 15 and 30),
                count(*) filter (where days > 30)
            from firsts
            """;

    TimeToMatchChart(ProgramSql sql) {
        super("time-to-match", 30, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        Object[] counts = sql.row(SQL, query.programId());
        List<ChartRow> rows = ProgramSql.countRows(BUCKETS, counts);
        return ChartData.table(ChartKind.BAR, "days", List.of("members"), rows);
    }
}
