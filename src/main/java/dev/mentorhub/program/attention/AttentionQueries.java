package dev.mentorhub.program.attention;

import static dev.mentorhub.common.persistence.SqlValues.instant;

import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.program.attention.AttentionItems.IdleMentor;
import dev.mentorhub.program.attention.AttentionItems.UnmatchedMentee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL behind the attention lists. They read the request and mentorship tables directly, joined to the program's
 * active members (an admin never sees, or reminds, anyone outside the program). A request sent in a program
 * ({@code program_id}) is that program's only; one sent outside any program (or before requests carried one) is the
 * program's when both its sender and its recipient are active members. A mentorship counts when it involves a member.
 */
@ApplicationScoped
class AttentionQueries {

    /** A pending request, without reminder data (the service adds it). */
    record PendingRow(UUID requestId, UUID senderId, String senderName, UUID recipientId, String recipientName,
            Instant sentAt, Instant expiresAt, Instant remindedAt) {
    }

    private static final String PENDING_SELECT = "select r.id, r.sender_id, s.display_name, r.recipient_id, "
            + "rc.display_name, r.created_at, r.expires_at, r.reminded_at ";

    private static final String PENDING_FROM = """
            from match_request r
            join program_member pm on pm.member_id = r.sender_id and pm.program_id = :program and pm.left_at is null
            join program_member pr on pr.member_id = r.recipient_id and pr.program_id = :program and pr.left_at is null
            join member s on s.id = r.sender_id and s.deleted_at is null
            join member rc on rc.id = r.recipient_id and rc.deleted_at is null
            where r.status = 'PENDING' and r.created_at + (r.expires_at - r.created_at) / 2 <= :now
              and (r.program_id = :program or r.program_id is null)
            """;

    private static final String UNMATCHED_FROM = """
            from program_member pm
            join member m on m.id = pm.member_id and m.deleted_at is null
            where pm.program_id = :program and pm.left_at is null and pm.role in ('MENTEE', 'BOTH')
              and not exists (select 1 from mentorship ms where ms.mentee_id = pm.member_id and ms.status = 'ACTIVE')
            """;

    // The latest match of a mentor: a request to them accepted, or a mentorship with them as mentor started.
    private static final String IDLE_FROM = """
            from program_member pm
            join member m on m.id = pm.member_id and m.deleted_at is null
            left join lateral (select greatest(
                (select max(r.decided_at) from match_request r where r.recipient_id = pm.member_id
                    and r.status = 'ACCEPTED'),
                (select max(ms.started_at) from mentorship ms where ms.mentor_id = pm.member_id)) as at) last on true
            where pm.program_id = :program and pm.left_at is null and pm.role in ('MENTOR', 'BOTH')
              and (last.at is null or last.at < :since or m.last_seen_at < :since)
            """;

    private final EntityManager em;

    AttentionQueries(EntityManager em) {
        this.em = em;
    }

    /** Overdue first, then by deadline. */
    List<PendingRow> pendingRequests(UUID programId, Instant now, PageRequest page) {
        List<Object[]> rows = rows(PENDING_SELECT + PENDING_FROM + " order by r.expires_at, r.id",
                programId, now, null, page);
        return rows.stream().map(AttentionQueries::pendingRow).toList();
    }

    private static PendingRow pendingRow(Object[] r) {
        return new PendingRow((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4], instant(r[5]),
                instant(r[6]), instant(r[7]));
    }

    long countPendingRequests(UUID programId, Instant now) {
        return count(PENDING_FROM, programId, now, null);
    }

    /** Longest waiting first. */
    List<UnmatchedMentee> unmatchedMentees(UUID programId, Instant now, PageRequest page) {
        List<Object[]> rows = rows("select pm.member_id, m.display_name, pm.role, pm.joined_at " + UNMATCHED_FROM
                + " order by pm.joined_at, pm.member_id", programId, null, null, page);
        return rows.stream().map(r -> new UnmatchedMentee((UUID) r[0], (String) r[1], slug((String) r[2]),
                instant(r[3]), Duration.between(instant(r[3]), now).toDays())).toList();
    }

    long countUnmatchedMentees(UUID programId) {
        return count(UNMATCHED_FROM, programId, null, null);
    }

    /** Never matched first, then the longest since a match, then the longest unseen. */
    List<IdleMentor> idleMentors(UUID programId, Instant since, PageRequest page) {
        List<Object[]> rows = rows("select pm.member_id, m.display_name, pm.role, last.at, m.last_seen_at "
                + IDLE_FROM + " order by last.at nulls first, m.last_seen_at, pm.member_id", programId, null, since,
                page);
        return rows.stream().map(r -> {
            Instant lastMatch = instant(r[3]);
            Instant lastSeen = instant(r[4]);
            return new IdleMentor((UUID) r[0], (String) r[1], slug((String) r[2]), lastMatch, lastSeen,
                    lastMatch == null || lastMatch.isBefore(since), lastSeen.isBefore(since));
        }).toList();
    }

    long countIdleMentors(UUID programId, Instant since) {
        return count(IDLE_FROM, programId, null, since);
    }

    /** The request if it is pending, between two active members of the program, and past half-way. */
    Optional<PendingRow> pendingRequest(UUID programId, UUID requestId, Instant now) {
        Query query = em.createNativeQuery(PENDING_SELECT + PENDING_FROM + " and r.id = :request")
                .setParameter("request", requestId);
        bind(query, programId, now, null);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(AttentionQueries::pendingRow);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID programId, Instant now, Instant since, PageRequest page) {
        Query query = em.createNativeQuery(sql).setFirstResult(page.offset()).setMaxResults(page.size());
        bind(query, programId, now, since);
        return query.getResultList();
    }

    private long count(String from, UUID programId, Instant now, Instant since) {
        Query query = em.createNativeQuery("select count(*) " + from);
        bind(query, programId, now, since);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void bind(Query query, UUID programId, Instant now, Instant since) {
        query.setParameter("program", programId);
        if (now != null) {
            query.setParameter("now", now);
        }
        if (since != null) {
            query.setParameter("since", since);
        }
    }

    private static String slug(String role) {
        return ProgramRole.valueOf(role).slug();
    }

}
