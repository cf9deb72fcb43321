package dev.mentorhub.event;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.event.calendar.Recurrence;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Recurring series: started with their first occurrence, kept a few occurrences ahead by a job that every instance
 * runs (a series' row is claimed with {@code SKIP LOCKED}, and the database refuses a second occurrence at one start),
 * changed "this and following", and cancelled as a whole. The next occurrence copies the latest one not edited on its
 * own, so a change to the series carries on.
 */
@ApplicationScoped
public class EventSeriesService {

    /** How many upcoming occurrences exist at any time, at most this far ahead. */
    static final int AHEAD = 4;
    static final Duration HORIZON = Duration.ofDays(120);
    private static final Duration FOREVER = Duration.ofDays(3660);

    private final EntityManager em;
    private final EventRepository events;
    private final EventAccess access;
    private final Rsvps rsvps;
    private final EventNotices notices;
    private final Clock clock;

    EventSeriesService(EntityManager em, EventRepository events, EventAccess access, Rsvps rsvps,
            EventNotices notices, Clock clock) {
        this.em = em;
        this.events = events;
        this.access = access;
        this.rsvps = rsvps;
        this.notices = notices;
        this.clock = clock;
    }

    /** Makes {@code first} (not yet persisted) the first occurrence of a new series, and the next few after it. */
    @Transactional(Transactional.TxType.MANDATORY)
    EventSeries start(Event first, Recurrence.Frequency frequency, LocalDate until, Instant now) {
        ZonedDateTime start = first.startsAt().atZone(first.zone());
        String rule = Recurrence.rule(frequency, start.toLocalDateTime());
        if (until != null) {
            rule = Recurrence.until(rule, until.atTime(23, 59, 59).atZone(first.zone()));
        }
        EventSeries series = EventSeries.startingWith(first, rule, null, now);
        em.persist(series);
        first.belongTo(series.id(), first.startsAt());
        events.persist(first);
        materialize(series, now);
        return series;
    }

    @Scheduled(identity = "event-series", every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int made = materializeAll(clock.instant());
        if (made > 0) {
            Log.infof("Event series: %d occurrences made", made);
        }
    }

    /** Every active series, each in its own transaction; a series another instance is at is skipped. */
    public int materializeAll(Instant now) {
        List<UUID> active = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select s.id from EventSeries s where s.status = :active", UUID.class)
                .setParameter("active", EventSeries.Status.ACTIVE).getResultList());
        int made = 0;
        for (UUID id : active) {
            made += materializeOne(id, now);
        }
        return made;
    }

    /** One series, if no other instance holds it right now. */
    int materializeOne(UUID seriesId, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> claimed = em.createNativeQuery("""
                    select id from event_series where id = :id and status = 'ACTIVE' for update skip locked
                    """).setParameter("id", seriesId).getResultList();
            return claimed.isEmpty() ? 0 : materialize(em.find(EventSeries.class, seriesId), now);
        });
    }

    /** The occurrences still missing ahead of {@code now}, like the series' template; the count made. */
    private int materialize(EventSeries series, Instant now) {
        List<Event> all = occurrences(series.id());
        Set<Instant> have = all.stream().map(Event::occurrenceStart).collect(Collectors.toSet());
        long upcoming = all.stream().filter(e -> e.startsAt().isAfter(now)).count();
        Event template = template(all);
        int made = 0;
        if (template != null) {
            for (ZonedDateTime start : Recurrence.between(series.rule(), series.firstLocalStart(), now,
                    now.plus(HORIZON), AHEAD + have.size())) {
                if (upcoming >= AHEAD) {
                    break;
                }
                if (have.contains(start.toInstant())) {
                    continue;
                }
                EventTime time = new EventTime(start.toInstant(), start.plus(series.length()).toInstant(),
                        series.zone());
                events.persist(Event.occurrence(series.id(), start.toInstant(), template, time, now));
                upcoming++;
                made++;
            }
        }
        if (upcoming == 0 && Recurrence.between(series.rule(), series.firstLocalStart(), now, now.plus(FOREVER), 1)
                .isEmpty()) {
            series.ended(now);
        }
        return made;
    }

    /**
     * "This and following": {@code event} and every later occurrence of its series take the new details, and the
     * series continues from the new start (a new series when the event is not the first). Later occurrences keep
     * their RSVPs and move to the new rule's starts in order; any the new rule no longer has are cancelled. Returns
     * the events changed (to tell their attendees), and those cancelled last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Following editFollowing(Event event, EventValidator.Checked checked, Instant now) {
        EventSeries old = em.find(EventSeries.class, event.seriesId(), LockModeType.PESSIMISTIC_WRITE);
        List<Event> following = events.find("seriesId = ?1 and occurrenceStart >= ?2 order by occurrenceStart",
                old.id(), event.occurrenceStart()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Integer capacity = checked.details().capacity();
        for (Event e : following) {
            if (capacity != null && capacity < e.goingCount()) {
                throw EventStateException.capacityBelowGoing(e.goingCount());
            }
        }
        ZonedDateTime newStart = checked.time().start().atZone(checked.time().zone());
        Duration length = Duration.between(checked.time().start(), checked.time().end());
        String fresh = Recurrence.rule(old.frequency(), newStart.toLocalDateTime());
        // The series keeps its end, if it has one.
        String rule = Recurrence.untilOf(old.rule()).map(u -> Recurrence.until(fresh, u.atZone(newStart.getZone())))
                .orElse(fresh);
        List<ZonedDateTime> starts = Recurrence.between(rule, newStart, newStart.toInstant(),
                newStart.toInstant().plus(FOREVER), following.size());
        EventSeries target;
        if (event.occurrenceStart().equals(old.firstStart())) {
            target = old;
        } else {
            old.endBefore(event.occurrenceStart().atZone(old.zone()), now);
            target = null;
        }
        List<Event> changed = new ArrayList<>();
        List<Event> cancelled = new ArrayList<>();
        for (int i = 0; i < following.size(); i++) {
            Event e = following.get(i);
            if (i >= starts.size()) {
                if (e.status() != EventStatus.CANCELLED) {
                    e.cancel(null, now);
                    cancelled.add(e);
                }
                continue;
            }
            ZonedDateTime start = starts.get(i);
            e.edit(checked.details(), new EventTime(start.toInstant(), start.plus(length).toInstant(),
                    checked.time().zone()), now);
            if (i == 0) {
                if (target == null) {
                    target = EventSeries.startingWith(e, rule, old.id(), now);
                    em.persist(target);
                } else {
                    target.restartWith(e, rule, now);
                }
            }
            e.belongTo(target.id(), start.toInstant());
            rsvps.promote(e, now);
            if (e.status() != EventStatus.CANCELLED) {
                changed.add(e);
            }
        }
        em.flush();
        return new Following(changed, cancelled);
    }

    /** The events a "this and following" edit changed and cancelled. */
    record Following(List<Event> changed, List<Event> cancelled) {
    }

    /** Cancels the series and its upcoming occurrences; each occurrence's attendees are told. */
    @Transactional
    public void cancel(Caller caller, UUID seriesId, String reason) {
        EventSeries series = lockOrganized(caller, seriesId);
        FieldErrors errors = new FieldErrors();
        String why = errors.text("reason", reason, 1000, false);
        errors.throwIfAny();
        Instant now = clock.instant();
        if (series.status() == EventSeries.Status.CANCELLED) {
            return;
        }
        series.cancel(now);
        for (Event e : events.find("seriesId = ?1 and startsAt > ?2 and status <> ?3", seriesId, now,
                EventStatus.CANCELLED).withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            e.cancel(why, now);
            notices.tellAttendees(e, "cancelled");
        }
    }

    /** The series' upcoming occurrences the caller may see, soonest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Event> upcoming(Caller caller, UUID seriesId, Instant now) {
        return events.list("seriesId = ?1 and endsAt > ?2 order by startsAt", seriesId, now).stream()
                .filter(e -> access.canSee(caller, e)).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    EventSeries find(UUID seriesId) {
        EventSeries series = seriesId == null ? null : em.find(EventSeries.class, seriesId);
        if (series == null) {
            throw new NotFoundException("event");
        }
        return series;
    }

    /** The series if the caller runs one of its occurrences (organizers of a series run all of it). */
    private EventSeries lockOrganized(Caller caller, UUID seriesId) {
        EventSeries series = seriesId == null ? null
                : em.find(EventSeries.class, seriesId, LockModeType.PESSIMISTIC_WRITE);
        Event any = series == null ? null
                : events.find("seriesId = ?1 order by startsAt desc", seriesId).firstResult();
        access.organized(caller, any);
        return series;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<Event> occurrences(UUID seriesId) {
        return events.list("seriesId = ?1 order by occurrenceStart", seriesId);
    }

    /** The latest occurrence not edited on its own, else the latest. */
    static Event template(List<Event> occurrences) {
        return occurrences.stream().filter(e -> !e.detached()).max(Comparator.comparing(Event::occurrenceStart))
                .or(() -> occurrences.stream().max(Comparator.comparing(Event::occurrenceStart))).orElse(null);
    }
}
