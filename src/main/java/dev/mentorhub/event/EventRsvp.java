package dev.mentorhub.event;

import dev.mentorhub.event.calendar.TicketCodes;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's answer to one event. Going holds a seat and a ticket code for the door; waitlisted holds a place by
 * arrival (a number from one sequence, taken under the event's lock); not going holds nothing. Changed only by
 * {@link Rsvps}, under the event's row lock.
 */
@Entity
@Table(name = "event_rsvp")
public class EventRsvp {

    @Embeddable
    public record Key(@Column(name = "event_id") UUID eventId, @Column(name = "member_id") UUID memberId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RsvpStatus status;

    @Column(nullable = false)
    private long arrival;

    @Column(nullable = false)
    private boolean behind;

    @Column(name = "ticket_code")
    private String ticketCode;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EventRsvp() {
    }

    static EventRsvp of(UUID eventId, UUID memberId, long arrival, Instant now) {
        EventRsvp r = new EventRsvp();
        r.key = new Key(eventId, memberId);
        r.status = RsvpStatus.NOT_GOING;
        r.arrival = arrival;
        r.respondedAt = now;
        r.updatedAt = now;
        return r;
    }

    void going(Instant now) {
        status = RsvpStatus.GOING;
        ticketCode = TicketCodes.next();
        updatedAt = now;
    }

    /** Joins the queue: {@code arrival} is this answer's place in it, {@code behind} the no-show rule. */
    void waiting(long arrival, boolean behind, Instant now) {
        status = RsvpStatus.WAITLISTED;
        this.arrival = arrival;
        this.behind = behind;
        respondedAt = now;
        updatedAt = now;
    }

    void notGoing(Instant now) {
        status = RsvpStatus.NOT_GOING;
        ticketCode = null;
        behind = false;
        updatedAt = now;
    }

    void checkIn(Instant now) {
        checkedInAt = now;
        updatedAt = now;
    }

    public UUID eventId() {
        return key.eventId();
    }

    public UUID memberId() {
        return key.memberId();
    }

    public RsvpStatus status() {
        return status;
    }

    public long arrival() {
        return arrival;
    }

    public boolean behind() {
        return behind;
    }

    public String ticketCode() {
        return ticketCode;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
