package dev.mentorhub.program.dashboard;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Headline figures of the program's own mentorships: how many are active, sessions held per mentorship, the average
 * rating of held sessions, and the share of active mentorships that met in their last cadence period (four weeks when
 * the pair set none).
 */
@Singleton
class MentorshipHealthChart extends SqlChart {

    private static final String SQL = "with " + ProgramSql.PROGRAM_MENTORSHIPS + ", " + ProgramSql.HELD + """
            , ratings as (
                select f.rating from session_feedback f
                join mentoring_session s on s.id = f.session_id
                join program_mentorships pm on pm.id = s.mentorship_id)
            , met as (
                select h.id from held h where h.status = 'ACTIVE' and exists (
                    select 1 from mentoring_session s where s.mentorship_id = h.id
                        and s.status in ('HELD', 'CONFIRMED') and s.starts_at <= now()
                        and s.starts_at > now() - make_interval(weeks => coalesce(h.cadence_weeks, 4))))
            select
                (select count(*) from held where status = 'ACTIVE'),
                (select avg(n) from held),
                (select avg(rating) from ratings),
                (select count(*) from ratings),
                (select count(*) from met)
            """;

    MentorshipHealthChart(ProgramSql sql) {
        super("mentorship-health", 80, sql);
    }

    @Override
    public ChartData query(ChartQuery query) {
        Object[] row = sql.row(SQL, query.programId());
        long active = ProgramSql.count(row[0]);
        long met = ProgramSql.count(row[4]);
        BigDecimal onCadence = active == 0 ? null
                : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP);
        return ChartData.table(ChartKind.FIGURES, "figure", List.of("value"), List.of(
                ChartRow.of("active-mentorships", active),
                ChartRow.of("sessions-per-mentorship", ProgramSql.oneDecimal(row[1])),
                ChartRow.of("average-rating", ProgramSql.oneDecimal(row[2])),
                ChartRow.of("ratings", ProgramSql.count(row[3])),
                ChartRow.of("met-on-cadence-percent", onCadence)));
    }

}
