package dev.mentorhub.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One event, on its own or an occurrence of a series. Its seat counts change only through the RSVP steps, which hold
 * the row's lock ({@link Rsvps}); the database refuses more going than capacity (event_never_overbooked_ck). Every
 * change attendees should see in their calendars raises {@link #sequence()}.
 */
@Entity
@Table(name = "event")
public class Event {

    @Id
    private UUID id;

    @Column(name = "series_id")
    private UUID seriesId;

    @Column(name = "occurrence_start")
    private Instant occurrenceStart;

    private boolean detached;

    @Column(name = "organizer_id", nullable = false, updatable = false)
    private UUID organizerId;

    @Column(name = "co_organizer_ids", nullable = false)
    private UUID[] coOrganizerIds;

    @Column(name = "program_id", updatable = false)
    private UUID programId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventFormat format;

    private String venue;

    private String address;

    @Column(name = "online_link")
    private String onlineLink;

    private String city;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    private Integer capacity;

    @Column(name = "rsvp_deadline")
    private Instant rsvpDeadline;

    @Column(name = "no_shows_wait", nullable = false)
    private boolean noShowsWait;

    @Column(nullable = false)
    private String[] skills;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "going_count", nullable = false)
    private int goingCount;

    @Column(name = "waiting_count", nullable = false)
    private int waitingCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Event() {
    }

    static Event draft(UUID organizerId, UUID programId, EventDetails details, EventTime time, Instant now) {
        Event e = new Event();
        e.id = UUID.randomUUID();
        e.organizerId = organizerId;
        e.programId = programId;
        e.status = EventStatus.DRAFT;
        e.createdAt = now;
        e.describe(details, time, now);
        return e;
    }

    /** The occurrence of {@code seriesId} that its rule starts at {@code occurrence}, like {@code template}. */
    static Event occurrence(UUID seriesId, Instant occurrence, Event template, EventTime time, Instant now) {
        Event e = draft(template.organizerId, template.programId, template.details(), time, now);
        e.seriesId = seriesId;
        e.occurrenceStart = occurrence;
        e.status = template.status == EventStatus.CANCELLED ? EventStatus.PUBLISHED : template.status;
        return e;
    }

    /** New details and time; RSVPs stay (the organizer changes capacity only upwards past those going). */
    void edit(EventDetails details, EventTime time, Instant now) {
        describe(details, time, now);
        sequence++;
    }

    /** Edited on its own: the series no longer copies it. */
    void detach() {
        detached = true;
    }

    /** The first occurrence of a new series, or an occurrence moved to the series that continues its own. */
    void belongTo(UUID series, Instant occurrence) {
        seriesId = series;
        occurrenceStart = occurrence;
        detached = false;
    }

    void publish(Instant now) {
        status = EventStatus.PUBLISHED;
        updatedAt = now;
        sequence++;
    }

    void cancel(String reason, Instant now) {
        status = EventStatus.CANCELLED;
        cancelReason = reason;
        updatedAt = now;
        sequence++;
    }

    private void describe(EventDetails d, EventTime time, Instant now) {
        title = d.title();
        description = d.description() == null ? "" : d.description();
        type = d.type();
        format = d.format();
        venue = format.hasVenue() ? d.venue() : null;
        address = format.hasVenue() ? d.address() : null;
        onlineLink = format.hasLink() ? d.onlineLink() : null;
        city = d.city();
        capacity = d.capacity();
        noShowsWait = d.noShowsWait();
        skills = d.skills().toArray(String[]::new);
        coOrganizerIds = d.coOrganizers().stream().filter(c -> !c.equals(organizerId)).distinct()
                .toArray(UUID[]::new);
        startsAt = time.start();
        endsAt = time.end();
        timeZone = time.zone().getId();
        rsvpDeadline = d.rsvpCloses() == null ? null : startsAt.minus(d.rsvpCloses());
        updatedAt = now;
    }

    /** What an organizer wrote, as the form and the series' next occurrence take it. */
    public EventDetails details() {
        return new EventDetails(title, description, type, format, venue, address, onlineLink, city, capacity,
                rsvpDeadline == null ? null : Duration.between(rsvpDeadline, startsAt), noShowsWait,
                List.of(skills), List.of(coOrganizerIds));
    }

    public EventTime time() {
        return new EventTime(startsAt, endsAt, zone());
    }

    // Seat bookkeeping, only under the row lock.

    boolean hasFreeSeat() {
        return capacity == null || goingCount < capacity;
    }

    void seatTaken() {
        goingCount++;
    }

    void seatFreed() {
        goingCount--;
    }

    void queued() {
        waitingCount++;
    }

    void dequeued() {
        waitingCount--;
    }

    /** RSVPs are open while published, before the deadline (or the start). */
    public boolean acceptsRsvps(Instant now) {
        return status == EventStatus.PUBLISHED && now.isBefore(rsvpDeadline == null ? startsAt : rsvpDeadline);
    }

    public boolean isOrganizer(UUID memberId) {
        return organizerId.equals(memberId) || Arrays.asList(coOrganizerIds).contains(memberId);
    }

    public UUID id() {
        return id;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public Instant occurrenceStart() {
        return occurrenceStart;
    }

    public boolean detached() {
        return detached;
    }

    public UUID organizerId() {
        return organizerId;
    }

    public List<UUID> coOrganizerIds() {
        return List.of(coOrganizerIds);
    }

    public UUID programId() {
        return programId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public EventType type() {
        return type;
    }

    public EventFormat format() {
        return format;
    }

    public String venue() {
        return venue;
    }

    public String address() {
        return address;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public String city() {
        return city;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Integer capacity() {
        return capacity;
    }

    public Instant rsvpDeadline() {
        return rsvpDeadline;
    }

    public boolean noShowsWait() {
        return noShowsWait;
    }

    public List<String> skills() {
        return List.of(skills);
    }

    public EventStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public int sequence() {
        return sequence;
    }

    public int goingCount() {
        return goingCount;
    }

    public int waitingCount() {
        return waitingCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
