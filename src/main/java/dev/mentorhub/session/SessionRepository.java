package dev.mentorhub.session;

import static dev.mentorhub.common.persistence.SqlValues.instant;

import dev.mentorhub.session.slots.Interval;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions, and the time they hold: one {@code session_attendee} row per member while a session is proposed or
 * confirmed, whose exclusion constraint refuses two overlapping rows of one member.
 */
@ApplicationScoped
class SessionRepository implements PanacheRepositoryBase<MentoringSession, UUID> {

    Optional<MentoringSession> lockById(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(
                getEntityManager().find(MentoringSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The mentorship's proposed and confirmed sessions, locked. */
    List<MentoringSession> openOf(UUID mentorshipId) {
        return find("mentorshipId = ?1 and status in ?2", Sort.by("id"), mentorshipId,
                List.of(SessionStatus.PROPOSED, SessionStatus.CONFIRMED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    List<MentoringSession> ofMentorship(UUID mentorshipId) {
        return list("mentorshipId", Sort.descending("startsAt").and("id"), mentorshipId);
    }

    /** The member's proposed and confirmed sessions that end after {@code from}, soonest first. */
    List<MentoringSession> upcomingOf(UUID memberId, Instant from, int limit) {
        List<?> ids = getEntityManager().createNativeQuery("""
                select s.id from mentoring_session s join session_attendee a on a.session_id = s.id
                where a.member_id = :member and s.ends_at > :from
                order by s.starts_at, s.id limit :limit
                """, UUID.class)
                .setParameter("member", memberId).setParameter("from", from).setParameter("limit", limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.ascending("startsAt").and("id"), ids);
    }

    /** The sessions of these mentorships that a calendar shows (not declined or cancelled) ending after {@code from}. */
    List<MentoringSession> forCalendar(List<UUID> mentorshipIds, Instant from) {
        return mentorshipIds.isEmpty() ? List.of() : list("mentorshipId in ?1 and endsAt > ?2 and status in ?3",
                Sort.ascending("startsAt").and("id"), mentorshipIds, from, List.of(SessionStatus.PROPOSED,
                        SessionStatus.CONFIRMED, SessionStatus.HELD, SessionStatus.MISSED));
    }

    /**
     * Holds the member's time for the session, unless another of their sessions overlaps it: {@code ON CONFLICT DO
     * NOTHING} waits for a racing booking to commit or roll back and then skips the row, so the transaction stays
     * usable to say which session is in the way.
     */
    boolean hold(UUID sessionId, UUID memberId, Instant start, Instant end) {
        return getEntityManager().createNativeQuery("""
                insert into session_attendee (session_id, member_id, during)
                values (:session, :member, tstzrange(:start, :end, '[)'))
                on conflict do nothing
                """)
                .setParameter("session", sessionId).setParameter("member", memberId)
                .setParameter("start", start).setParameter("end", end)
                .executeUpdate() == 1;
    }

    /** The times the member's proposed and confirmed sessions hold between {@code from} and {@code to}. */
    List<Interval> busy(UUID memberId, Instant from, Instant to) {
        List<?> rows = getEntityManager().createNativeQuery("""
                select lower(during), upper(during) from session_attendee
                where member_id = :member and during && tstzrange(:from, :to, '[)')
                """).setParameter("member", memberId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Interval(instant(r[0]), instant(r[1]))).toList();
    }


    /** The session's time is free again for both members. */
    void release(UUID sessionId) {
        getEntityManager().createNativeQuery("delete from session_attendee where session_id = :session")
                .setParameter("session", sessionId).executeUpdate();
    }

    /** A proposed or confirmed session of the member, other than {@code except}, that overlaps the time. */
    Optional<MentoringSession> overlapping(UUID memberId, Instant start, Instant end, UUID except) {
        List<?> ids = getEntityManager().createNativeQuery("""
                select session_id from session_attendee
                where member_id = :member and session_id <> :except and during && tstzrange(:start, :end, '[)')
                order by lower(during) limit 1
                """, UUID.class)
                .setParameter("member", memberId).setParameter("except", except)
                .setParameter("start", start).setParameter("end", end).getResultList();
        return ids.isEmpty() ? Optional.empty() : findByIdOptional((UUID) ids.get(0));
    }
}
