package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.util.List;

/** The program's mentorships by how many sessions they have held: are pairs actually meeting? */
@Singleton
class SessionsHeldChart extends SqlChart {

    static final List<String> BUCKETS = List.of("held-0", "held-1", "held-2", "held-3-5", "held-6+");

    private static final String SQL = "with " + ProgramSql.PROGRAM_MENTORSHIPS + ", " + ProgramSql.HELD + """
            select count(*) filter (where n = 0), count(*) filter (where n = 1), count(*) filter (where n = 2),
                count(*) filter (where n between 3 and 5), count(*) filter (where n >= 6)
            from held
            """;

    SessionsHeldChart(ProgramSql sql) {
        super("sessions-held", 70, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        return ChartData.table(ChartKind.BAR, "sessions", List.of("mentorships"),
                ProgramSql.countRows(BUCKETS, sql.row(SQL, query.programId())));
    }
}
