package dev.mentorhub.event;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.event.calendar.TicketCodes;
import dev.mentorhub.profile.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The door: an organizer types, pastes or scans an attendee's code and they are in, once. A code is refused when
 * nobody holds it, when it is another event's, or when it was used already; two scans of one code at once let
 * exactly one through (the ticket's row is locked).
 */
@ApplicationScoped
public class CheckIns {

    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final EventAccess access;
    private final ProfileService profiles;
    private final EntityManager em;
    private final Clock clock;

    CheckIns(EventRepository events, RsvpRepository rsvps, EventAccess access, ProfileService profiles,
            EntityManager em, Clock clock) {
        this.events = events;
        this.rsvps = rsvps;
        this.access = access;
        this.profiles = profiles;
        this.em = em;
        this.clock = clock;
    }

    /** Who came in, and the counts afterwards. */
    public record CheckIn(UUID memberId, String name, Instant checkedInAt, Counts counts) {
    }

    /** Going (with a ticket), checked in, and going but not (yet) checked in. */
    public record Counts(long going, long checkedIn, long notYet) {
    }

    @Transactional
    public CheckIn checkIn(Caller caller, UUID eventId, String typed) {
        Event event = access.organized(caller, events.findByIdOptional(eventId).orElse(null));
        String code = TicketCodes.normalize(typed).orElseThrow(TicketException::unknown);
        EventRsvp rsvp = rsvps.byTicket(code).orElseThrow(TicketException::unknown);
        em.lock(rsvp, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(rsvp);
        if (!rsvp.eventId().equals(event.id()) || rsvp.status() != RsvpStatus.GOING) {
            throw rsvp.eventId().equals(event.id()) ? TicketException.unknown() : TicketException.otherEvent();
        }
        if (rsvp.checkedInAt() != null) {
            throw TicketException.used(rsvp.checkedInAt());
        }
        rsvp.checkIn(clock.instant());
        em.flush();
        return new CheckIn(rsvp.memberId(), profiles.nameOf(rsvp.memberId()), rsvp.checkedInAt(), counts(event.id()));
    }

    @Transactional
    public Counts counts(Caller caller, UUID eventId) {
        return counts(access.organized(caller, events.findByIdOptional(eventId).orElse(null)).id());
    }

    /** Who is in, in the order they came: the participants of networking rounds ({@link AtEventNetworking}). */
    @Transactional
    public List<AtEventNetworking.Participant> checkedIn(Caller caller, UUID eventId) {
        Event event = access.organized(caller, events.findByIdOptional(eventId).orElse(null));
        return rsvps.list("key.eventId = ?1 and status = ?2 and checkedInAt is not null order by checkedInAt",
                event.id(), RsvpStatus.GOING).stream()
                .map(r -> new AtEventNetworking.Participant(r.memberId(), profiles.nameOf(r.memberId()))).toList();
    }

    private Counts counts(UUID eventId) {
        long going = rsvps.count("key.eventId = ?1 and status = ?2", eventId, RsvpStatus.GOING);
        long in = rsvps.count("key.eventId = ?1 and status = ?2 and checkedInAt is not null", eventId,
                RsvpStatus.GOING);
        return new Counts(going, in, going - in);
    }
}
