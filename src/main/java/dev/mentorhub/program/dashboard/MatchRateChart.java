package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Headline figures: members, matched members, match rate (matched / signed up, in percent) and the median and 90th
 * percentile of the whole days from joining the program to a member's first mentorship.
 */
@Singleton
class MatchRateChart extends SqlChart {

    private static final String SQL = "with " + ProgramSql.MEMBERS + ", " + ProgramSql.MATCHES + ", "
            + TimeToMatchChart.FIRSTS + """
            select
                (select count(*) from members),
                (select count(*) from firsts),
                (select percentile_cont(0.5) within group (order by days) from firsts),
                (select percentile_cont(0.9) within group (order by days) from firsts)
            """;

    MatchRateChart(ProgramSql sql) {
        super("match-rate", 20, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        Object[] row = sql.row(SQL, query.programId());
        long members = ProgramSql.count(row[0]);
        long matched = ProgramSql.count(row[1]);
        BigDecimal rate = members == 0 ? null
                : BigDecimal.valueOf(matched * 100).divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP);
        return ChartData.table(ChartKind.FIGURES, "figure", List.of("value"), List.of(
                ChartRow.of("signed-up", members),
                ChartRow.of("matched", matched),
                ChartRow.of("match-rate-percent", rate),
                ChartRow.of("median-days-to-match", ProgramSql.oneDecimal(row[2])),
                ChartRow.of("p90-days-to-match", ProgramSql.oneDecimal(row[3]))));
    }

}
