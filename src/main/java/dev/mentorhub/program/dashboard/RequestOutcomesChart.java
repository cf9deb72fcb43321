package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requests sent by the program's members since they joined, by what became of them. Every outcome is listed. */
@Singleton
class RequestOutcomesChart extends SqlChart {

    static final List<String> OUTCOMES = List.of("accepted", "declined", "expired", "withdrawn", "pending");

    private static final String SQL = "with " + ProgramSql.MEMBERS + """
            select lower(r.status), count(*) from match_request r
            join members m on m.member_id = r.sender_id and r.created_at >= m.joined_at
            group by r.status
            """;

    RequestOutcomesChart(ProgramSql sql) {
        super("request-outcomes", 40, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        Map<String, Object> byStatus = new HashMap<>();
        for (Object[] row : sql.rows(SQL, query.programId())) {
            byStatus.put((String) row[0], row[1]);
        }
        Object[] counts = OUTCOMES.stream().map(byStatus::get).toArray();
        return ChartData.table(ChartKind.PIE, "outcome", List.of("requests"), ProgramSql.countRows(OUTCOMES, counts));
    }
}
