package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which match factors went with good mentorships: for each factor, the Pearson correlation between its points when
 * the request was accepted and the pair's average session rating since, over the program's rated mentorships. The
 * first step to learning a program's weights from its own feedback. Needs three rated mentorships with different
 * points before a correlation means anything; below that it is left empty.
 */
@Singleton
class FactorRatingsChart extends SqlChart {

    static final List<String> FACTORS = List.of("skill", "stage", "goals", "availability", "format-location", "load");
    static final int MIN_PAIRS = 3;

    private static final String SQL = "with " + ProgramSql.PROGRAM_MENTORSHIPS + """
            , rated as (
                select pm.match_factors, avg(f.rating) as rating from program_mentorships pm
                join mentoring_session s on s.mentorship_id = pm.id
                join session_feedback f on f.session_id = s.id
                where pm.match_factors is not null
                group by pm.id, pm.match_factors)
            select e.key, corr(e.value::numeric, r.rating), count(*), avg(e.value::numeric) / 10
            from rated r, jsonb_each_text(r.match_factors) e
            group by e.key
            """;

    FactorRatingsChart(ProgramSql sql) {
        super("factor-ratings", 90, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        Map<String, Object[]> byFactor = new HashMap<>();
        for (Object[] row : sql.rows(SQL, query.programId())) {
            byFactor.put((String) row[0], row);
        }
        List<ChartRow> rows = FACTORS.stream().map(factor -> {
            Object[] row = byFactor.get(factor);
            long pairs = row == null ? 0 : ProgramSql.count(row[2]);
            return ChartRow.of(factor, correlation(row, pairs), pairs,
                    row == null ? null : ProgramSql.oneDecimal(row[3]));
        }).toList();
        return ChartData.table(ChartKind.HORIZONTAL_BAR, "factor",
                List.of("correlation", "rated-mentorships", "average-points"), rows).drawingOnly(1);
    }

    /** Empty below {@value #MIN_PAIRS} pairs, and where points or ratings did not vary (no correlation to speak of). */
    private static BigDecimal correlation(Object[] row, long pairs) {
        if (row == null || row[1] == null || pairs < MIN_PAIRS) {
            return null;
        }
        double r = ((Number) row[1]).doubleValue();
        return Double.isNaN(r) ? null : BigDecimal.valueOf(r).setScale(2, RoundingMode.HALF_UP);
    }
}
