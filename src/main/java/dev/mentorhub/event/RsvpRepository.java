package dev.mentorhub.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class RsvpRepository implements PanacheRepositoryBase<EventRsvp, EventRsvp.Key> {

    /** How far back no-shows count. */
    static final Duration RECENT = Duration.ofDays(180);

    Optional<EventRsvp> of(UUID eventId, UUID memberId) {
        return findByIdOptional(new EventRsvp.Key(eventId, memberId));
    }

    /** The next place in the waitlists; taken under the event's lock, so it is the arrival order there. */
    long nextArrival() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('event_rsvp_arrival')")
                .getSingleResult()).longValue();
    }

    /** The first in the event's waitlist: those waiting behind (no-shows) last, then by arrival. */
    Optional<EventRsvp> firstWaiting(UUID eventId) {
        return find("key.eventId = ?1 and status = ?2 order by behind, arrival", eventId, RsvpStatus.WAITLISTED)
                .firstResultOptional();
    }

    /** A waiting member's place in the queue, from 1. */
    long placeOf(EventRsvp rsvp) {
        long sameRank = count("key.eventId = ?1 and status = ?2 and behind = ?3 and arrival <= ?4", rsvp.eventId(),
                RsvpStatus.WAITLISTED, rsvp.behind(), rsvp.arrival());
        return rsvp.behind()
                ? sameRank + count("key.eventId = ?1 and status = ?2 and behind = false", rsvp.eventId(),
                        RsvpStatus.WAITLISTED)
                : sameRank;
    }

    /** Going and waiting, in the order the organizer reads them: going by answer, then the queue. */
    List<EventRsvp> attendeesOf(UUID eventId) {
        return list("key.eventId = ?1 and status in ?2 order by status, behind, arrival", eventId,
                List.of(RsvpStatus.GOING, RsvpStatus.WAITLISTED));
    }

    /** The member's answers to these events, by event. */
    Map<UUID, EventRsvp> mineAmong(UUID memberId, List<UUID> eventIds) {
        return eventIds.isEmpty() ? Map.of()
                : list("key.memberId = ?1 and key.eventId in ?2", memberId, eventIds).stream()
                        .collect(Collectors.toMap(EventRsvp::eventId, r -> r));
    }

    Optional<EventRsvp> byTicket(String code) {
        return find("ticketCode", code).firstResultOptional();
    }

    /**
     * Events the member said they would attend, that ended within {@link #RECENT}, where the organizer took
     * attendance (someone was checked in), and they were not checked in.
     */
    long recentNoShows(UUID memberId, Instant now) {
        return ((Number) getEntityManager().createNativeQuery("""
                select count(*) from event_rsvp r join event e on e.id = r.event_id
                where r.member_id = :member and r.status = 'GOING' and r.checked_in_at is null
                  and e.status = 'PUBLISHED' and e.ends_at < :now and e.ends_at > :since
                  and exists (select 1 from event_rsvp c where c.event_id = e.id and c.checked_in_at is not null)
                """).setParameter("member", memberId).setParameter("now", now)
                .setParameter("since", now.minus(RECENT)).getSingleResult()).longValue();
    }
}
