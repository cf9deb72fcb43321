package dev.mentorhub.event;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Going and not going. Every step locks the event's row first, so answers to one event are taken one after another
 * in arrival order: seats go to the first, then a FIFO waitlist (members with two or more recent no-shows behind the
 * others when the event asks for it), and a freed seat goes at once to the first waiting member, who is told. The
 * seat count lives on the event row, and the database refuses more going than capacity, so no race can overbook.
 */
@ApplicationScoped
public class Rsvps {

    static final int NO_SHOWS_TO_WAIT = 2;

    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final EventAccess access;
    private final EventNotices notices;
    private final Clock clock;

    Rsvps(EventRepository events, RsvpRepository rsvps, EventAccess access, EventNotices notices, Clock clock) {
        this.events = events;
        this.rsvps = rsvps;
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    /** My answer to an event I may see; answering the same again changes nothing (and keeps my place). */
    @Transactional
    public EventRsvp respond(Caller caller, UUID eventId, boolean going) {
        Event event = access.visible(caller, events.lockById(eventId).orElse(null));
        Instant now = clock.instant();
        if (event.status() == EventStatus.CANCELLED) {
            throw EventStateException.cancelled();
        }
        if (event.status() != EventStatus.PUBLISHED) {
            throw EventStateException.notPublished();
        }
        EventRsvp rsvp = rsvps.of(eventId, caller.memberId()).orElse(null);
        if (going) {
            if (rsvp != null && rsvp.status() != RsvpStatus.NOT_GOING) {
                return rsvp;
            }
            if (!event.acceptsRsvps(now)) {
                throw EventStateException.rsvpClosed();
            }
            if (rsvp == null) {
                rsvp = EventRsvp.of(eventId, caller.memberId(), rsvps.nextArrival(), now);
                rsvps.persist(rsvp);
            }
            if (event.hasFreeSeat() && event.waitingCount() == 0) {
                rsvp.going(now);
                event.seatTaken();
            } else {
                boolean behind = event.noShowsWait()
                        && rsvps.recentNoShows(caller.memberId(), now) >= NO_SHOWS_TO_WAIT;
                rsvp.waiting(rsvps.nextArrival(), behind, now);
                event.queued();
            }
            return rsvp;
        }
        if (!now.isBefore(event.startsAt())) {
            throw EventStateException.rsvpClosed();
        }
        if (rsvp == null) {
            rsvp = EventRsvp.of(eventId, caller.memberId(), rsvps.nextArrival(), now);
            rsvps.persist(rsvp);
            return rsvp;
        }
        withdraw(event, rsvp, now);
        return rsvp;
    }

    /** Not going any more: a seat freed goes to the first waiting member (if the event is still ahead). */
    @Transactional(Transactional.TxType.MANDATORY)
    void withdraw(Event event, EventRsvp rsvp, Instant now) {
        RsvpStatus before = rsvp.status();
        rsvp.notGoing(now);
        if (before == RsvpStatus.GOING) {
            event.seatFreed();
            if (event.status() == EventStatus.PUBLISHED && now.isBefore(event.startsAt())) {
                promote(event, now);
            }
        } else if (before == RsvpStatus.WAITLISTED) {
            event.dequeued();
        }
    }

    /** While a seat is free and someone waits: the first waiting member gets it, and is told. Under the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    void promote(Event event, Instant now) {
        while (event.hasFreeSeat() && event.waitingCount() > 0) {
            EventRsvp first = rsvps.firstWaiting(event.id()).orElseThrow(() -> new IllegalStateException(
                    "Event " + event.id() + " counts " + event.waitingCount() + " waiting but has none"));
            first.going(now);
            event.dequeued();
            event.seatTaken();
            notices.tell(event, first, "promoted", String.valueOf(now.toEpochMilli()));
        }
    }

    /** My place in the event's queue (from 1), or null when I am not waiting. */
    @Transactional(Transactional.TxType.MANDATORY)
    Long placeOf(EventRsvp rsvp) {
        return rsvp.status() == RsvpStatus.WAITLISTED ? rsvps.placeOf(rsvp) : null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    EventRsvp mine(Caller caller, UUID eventId) {
        return rsvps.of(eventId, caller.memberId()).orElse(null);
    }

    /** The event's row, locked, for the organizer's changes that touch seats. */
    @Transactional(Transactional.TxType.MANDATORY)
    Event lockOrganized(Caller caller, UUID eventId) {
        return access.organized(caller, events.lockById(eventId).orElseThrow(() -> new NotFoundException("event")));
    }
}
