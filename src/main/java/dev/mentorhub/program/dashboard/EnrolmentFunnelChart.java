package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.util.List;

/**
 * Invited, signed up, onboarded, requested, matched. Not strictly nested: people who joined by link were never
 * invited, and mentors can be matched without sending a request.
 */
@Singleton
class EnrolmentFunnelChart extends SqlChart {

    static final String ID = "enrolment-funnel";
    static final List<String> STAGES = List.of("invited", "signed-up", "onboarded", "requested", "matched");

    private static final String SQL = "with " + ProgramSql.MEMBERS + ", " + ProgramSql.MATCHES + """
            select
                (select count(*) from program_invitation where program_id = :program),
                (select count(*) from members),
                (select count(*) from members m join profile p on p.member_id = m.member_id
                    where p.onboarding_completed_at is not null),
                (select count(*) from members m where exists (select 1 from match_request r
                    where r.sender_id = m.member_id and r.created_at >= m.joined_at)),
                (select count(distinct member_id) from matches)
            """;

    EnrolmentFunnelChart(ProgramSql sql) {
        super(ID, 10, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        Object[] counts = sql.row(SQL, query.programId());
        List<ChartRow> rows = ProgramSql.countRows(STAGES, counts);
        return ChartData.table(ChartKind.FUNNEL, "stage", List.of("members"), rows);
    }
}
