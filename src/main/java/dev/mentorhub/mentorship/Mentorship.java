package dev.mentorhub.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A mentor and a mentee working together, created by accepting a request. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    @Id
    private UUID id;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    private UUID mentorId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    private UUID menteeId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorshipStatus status;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Mentorship() {
    }

    static Mentorship startFrom(MatchRequest request, Instant now) {
        Mentorship m = new Mentorship();
        m.id = UUID.randomUUID();
        // The recipient is the mentor; for a peer exchange the one who accepted is recorded as mentor.
        m.mentorId = request.recipientId();
        m.menteeId = request.senderId();
        m.requestId = request.id();
        m.status = MentorshipStatus.ACTIVE;
        m.startedAt = now;
        return m;
    }

    /** Ends an active mentorship; either party may. Ending it again is refused (409). */
    void end(Instant now) {
        if (status != MentorshipStatus.ACTIVE) {
            throw new MentorshipStateException();
        }
        status = MentorshipStatus.ENDED;
        endedAt = now;
    }

    boolean involves(UUID memberId) {
        return mentorId.equals(memberId) || menteeId.equals(memberId);
    }

    /** The other party, seen from {@code memberId} (one of the two). */
    UUID partnerOf(UUID memberId) {
        return mentorId.equals(memberId) ? menteeId : mentorId;
    }

    public UUID id() {
        return id;
    }

    public UUID mentorId() {
        return mentorId;
    }

    public UUID menteeId() {
        return menteeId;
    }

    public UUID requestId() {
        return requestId;
    }

    public MentorshipStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
