package dev.mentorhub.event;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reminds everyone going to a published event a day and an hour before it, by notification and mail. Every
 * instance runs the job; a row in {@code event_reminder} per event, attendee, kind and start time decides which one
 * sends, so each reminder goes out exactly once, and a moved event is reminded of its new time only.
 */
@ApplicationScoped
public class EventReminders {

    /** How long before the start, and the shortest notice that still deserves this reminder. */
    enum Kind {
        DAY(Duration.ofHours(24), Duration.ofHours(2)), HOUR(Duration.ofHours(1), Duration.ZERO);

        final Duration before;
        final Duration atLeast;

        Kind(Duration before, Duration atLeast) {
            this.before = before;
            this.atLeast = atLeast;
        }

        String slug() {
            return name().toLowerCase();
        }
    }

    private final EntityManager em;
    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final EventNotices notices;
    private final Clock clock;

    EventReminders(EntityManager em, EventRepository events, RsvpRepository rsvps, EventNotices notices,
            Clock clock) {
        this.em = em;
        this.events = events;
        this.rsvps = rsvps;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(identity = "event-reminders", every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = sendDue(clock.instant());
        if (sent > 0) {
            Log.infof("Event reminders: %d sent", sent);
        }
    }

    /** One pass as of {@code now}: every reminder now due that no instance has sent yet. Tests call it directly. */
    @Transactional
    public int sendDue(Instant now) {
        int sent = 0;
        for (Kind kind : Kind.values()) {
            // Claimed in one order (event, then member) so that racing instances wait on each other, never deadlock.
            List<Event> due = events.list("status = ?1 and startsAt > ?2 and startsAt <= ?3 order by id",
                    EventStatus.PUBLISHED, now.plus(kind.atLeast), now.plus(kind.before));
            for (Event event : due) {
                for (EventRsvp rsvp : rsvps.list("key.eventId = ?1 and status = ?2 order by key.memberId", event.id(),
                        RsvpStatus.GOING)) {
                    if (claim(rsvp, event, kind, now)) {
                        notices.tell(event, rsvp, "reminder",
                                kind.slug() + ":" + event.startsAt().getEpochSecond());
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    /** True for the one transaction that records this reminder; a racing one waits, then finds the row and skips. */
    private boolean claim(EventRsvp rsvp, Event event, Kind kind, Instant now) {
        return em.createNativeQuery("""
                insert into event_reminder (event_id, member_id, kind, starts_at, sent_at)
                values (:event, :member, :kind, :start, :now) on conflict do nothing
                """).setParameter("event", event.id()).setParameter("member", rsvp.memberId())
                .setParameter("kind", kind.slug()).setParameter("start", event.startsAt()).setParameter("now", now)
                .executeUpdate() == 1;
    }
}
