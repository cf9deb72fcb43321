package dev.mentorhub.event;

import dev.mentorhub.event.calendar.Recurrence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A recurring series: an RRULE from its first start, in its zone. Its occurrences are events of their own (each with
 * its RSVPs), made a few ahead by {@link EventSeriesService#materialize}. A "this and following" edit ends a series
 * before the edited occurrence and continues it as a new one ({@code previousId}).
 */
@Entity
@Table(name = "event_series")
public class EventSeries {

    enum Status { ACTIVE, ENDED, CANCELLED }

    @Id
    private UUID id;

    @Column(name = "organizer_id", nullable = false, updatable = false)
    private UUID organizerId;

    @Column(name = "program_id", updatable = false)
    private UUID programId;

    @Column(nullable = false)
    private String rule;

    @Column(name = "first_start", nullable = false)
    private Instant firstStart;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "previous_id", updatable = false)
    private UUID previousId;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EventSeries() {
    }

    /** A series whose first occurrence is {@code first}, repeating by {@code rule}. */
    static EventSeries startingWith(Event first, String rule, UUID previousId, Instant now) {
        EventSeries s = new EventSeries();
        s.id = UUID.randomUUID();
        s.organizerId = first.organizerId();
        s.programId = first.programId();
        s.rule = rule;
        s.firstStart = first.startsAt();
        s.timeZone = first.zone().getId();
        s.minutes = (int) Duration.between(first.startsAt(), first.endsAt()).toMinutes();
        s.status = Status.ACTIVE;
        s.previousId = previousId;
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    /** Starts again from {@code first} (a "this and following" edit of the series' first occurrence). */
    void restartWith(Event first, String newRule, Instant now) {
        rule = newRule;
        firstStart = first.startsAt();
        timeZone = first.zone().getId();
        minutes = (int) Duration.between(first.startsAt(), first.endsAt()).toMinutes();
        touch(now);
    }

    /** No occurrences from {@code occurrence} on: they belong to the series that continues this one. */
    void endBefore(ZonedDateTime occurrence, Instant now) {
        rule = Recurrence.endingBefore(rule, occurrence);
        status = Status.ENDED;
        touch(now);
    }

    void ended(Instant now) {
        status = Status.ENDED;
        touch(now);
    }

    /** No more occurrences after {@code now}. */
    void cancel(Instant now) {
        rule = Recurrence.until(rule, now.atZone(zone()));
        status = Status.CANCELLED;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
        sequence++;
    }

    public UUID id() {
        return id;
    }

    public UUID organizerId() {
        return organizerId;
    }

    public UUID programId() {
        return programId;
    }

    public String rule() {
        return rule;
    }

    public Instant firstStart() {
        return firstStart;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ZonedDateTime firstLocalStart() {
        return firstStart.atZone(zone());
    }

    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    public Status status() {
        return status;
    }

    public UUID previousId() {
        return previousId;
    }

    public int sequence() {
        return sequence;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Recurrence.Frequency frequency() {
        return Recurrence.frequencyOf(rule);
    }
}
