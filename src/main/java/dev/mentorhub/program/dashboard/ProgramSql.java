package dev.mentorhub.program.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Runs the dashboard's native queries with {@code :program} bound. Every chart starts from the same set of members,
 * {@link #MEMBERS}, so all charts count the same people.
 */
@ApplicationScoped
class ProgramSql {

    /** The program's members: program_member rows not left. Use as {@code with ${MEMBERS} select ...}. */
    static final String MEMBERS = """
            members as (
                select member_id, role, joined_at from program_member
                where program_id = :program and left_at is null)""";

    /** Program roles that mentor, and that learn. */
    static final String MENTORING_ROLES = "('MENTOR', 'BOTH')";
    static final String LEARNING_ROLES = "('MENTEE', 'BOTH')";

    /**
     * Each member's mentorships (as mentor or mentee) that the program can take credit for: those whose request was
     * sent in it, and those from outside any program that started at or after the member joined (rows from before
     * mentorships carried their program have none). A mentorship of another program never counts.
     */
    static final String MATCHES = """
            matches as (
                select m.member_id, m.joined_at, s.started_at from members m
                join mentorship s on (s.mentor_id = m.member_id or s.mentee_id = m.member_id)
                    and (s.program_id = :program or (s.program_id is null and s.started_at >= m.joined_at)))""";

    /** The program's own mentorships: those whose request was sent in it. */
    static final String PROGRAM_MENTORSHIPS = """
            program_mentorships as (
                select id, status, cadence_weeks, match_factors from mentorship where program_id = :program)""";

    /** Sessions held per program mentorship (zero included). */
    static final String HELD = """
            held as (
                select pm.id, pm.status, pm.cadence_weeks,
                    (select count(*) from mentoring_session s where s.mentorship_id = pm.id and s.status = 'HELD') as n
                from program_mentorships pm)""";

    private final EntityManager em;

    ProgramSql(EntityManager em) {
        this.em = em;
    }

    List<Object[]> rows(String sql, UUID programId) {
        return rows(sql, programId, Map.of());
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, UUID programId, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql).setParameter("program", programId);
        parameters.forEach(query::setParameter);
        return ((List<Object>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] cells ? cells : new Object[] {row})
                .toList();
    }

    /** A query that answers exactly one row (aggregates). */
    Object[] row(String sql, UUID programId) {
        return rows(sql, programId).get(0);
    }

    /** One row per key, with the count in the same position of {@code counts}. */
    static List<ChartRow> countRows(List<String> keys, Object[] counts) {
        return IntStream.range(0, keys.size()).mapToObj(i -> ChartRow.of(keys.get(i), count(counts[i]))).toList();
    }

    /** A number cell to one decimal place; null stays null (an average or percentile of nothing). */
    static BigDecimal oneDecimal(Object cell) {
        return cell == null ? null
                : BigDecimal.valueOf(((Number) cell).doubleValue()).setScale(1, RoundingMode.HALF_UP);
    }

    static long count(Object cell) {
        return cell == null ? 0 : ((Number) cell).longValue();
    }
}
