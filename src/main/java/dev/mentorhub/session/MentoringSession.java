package dev.mentorhub.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * One meeting of a mentorship's pair. It changes only through the methods below, each a step of its life; every change
 * of time, place or status raises {@link #sequence()}, which the calendar invites carry (RFC 5545 SEQUENCE).
 */
@Entity
@Table(name = "mentoring_session")
public class MentoringSession {

    @Id
    private UUID id;

    @Column(name = "mentorship_id", nullable = false, updatable = false)
    private UUID mentorshipId;

    @Column(name = "proposed_by", nullable = false)
    private UUID proposedBy;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    private String location;

    private String agenda;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(nullable = false)
    private int sequence;

    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MentoringSession() {
    }

    static MentoringSession propose(UUID mentorshipId, UUID by, SessionTime time, String location, String agenda,
            Instant now) {
        MentoringSession s = new MentoringSession();
        s.id = UUID.randomUUID();
        s.mentorshipId = mentorshipId;
        s.status = SessionStatus.PROPOSED;
        s.createdAt = now;
        s.place(by, time, location, agenda, now);
        s.sequence = 0;
        return s;
    }

    /** A new time (and place) from either side: proposed again, by them, for the other to accept. */
    void reschedule(UUID by, SessionTime time, String location, String agenda, Instant now) {
        require(Set.of(SessionStatus.PROPOSED, SessionStatus.CONFIRMED));
        place(by, time, location, agenda, now);
        status = SessionStatus.PROPOSED;
        reason = null;
        sequence++;
    }

    void accept(UUID by, Instant now) {
        require(Set.of(SessionStatus.PROPOSED));
        if (proposedBy.equals(by)) {
            throw SessionStateException.ownProposal();
        }
        change(SessionStatus.CONFIRMED, null, now);
    }

    void decline(UUID by, String why, Instant now) {
        require(Set.of(SessionStatus.PROPOSED));
        if (proposedBy.equals(by)) {
            throw SessionStateException.ownProposal();
        }
        change(SessionStatus.DECLINED, why, now);
    }

    void cancel(String why, Instant now) {
        require(Set.of(SessionStatus.PROPOSED, SessionStatus.CONFIRMED));
        change(SessionStatus.CANCELLED, why, now);
    }

    /** After a confirmed session has started: it took place, or it did not. */
    void record(boolean held, Instant now) {
        require(Set.of(SessionStatus.CONFIRMED));
        if (now.isBefore(startsAt)) {
            throw SessionStateException.notYet();
        }
        change(held ? SessionStatus.HELD : SessionStatus.MISSED, null, now);
    }

    private void place(UUID by, SessionTime time, String location, String agenda, Instant now) {
        this.proposedBy = by;
        this.startsAt = time.start();
        this.endsAt = time.end();
        this.timeZone = time.zone().getId();
        this.location = location;
        this.agenda = agenda;
        this.updatedAt = now;
    }

    private void change(SessionStatus next, String why, Instant now) {
        status = next;
        reason = why;
        updatedAt = now;
        sequence++;
    }

    private void require(Set<SessionStatus> allowed) {
        if (!allowed.contains(status)) {
            throw SessionStateException.not(status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public UUID proposedBy() {
        return proposedBy;
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

    public String location() {
        return location;
    }

    public String agenda() {
        return agenda;
    }

    public SessionStatus status() {
        return status;
    }

    public int sequence() {
        return sequence;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
