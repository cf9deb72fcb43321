package dev.mentorhub.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request from a sender to a recipient (a mentor, or a peer). Only a PENDING request can change, once. */
@Entity
@Table(name = "match_request")
public class MatchRequest {

    @Id
    private UUID id;

    @Column(name = "sender_id", nullable = false, updatable = false)
    private UUID senderId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestKind kind;

    @Column(nullable = false)
    private String message;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] goals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** The program the request was sent in ({@code ?program=}), null outside programs. */
    @Column(name = "program_id", updatable = false)
    private UUID programId;

    protected MatchRequest() {
    }

    static MatchRequest send(UUID senderId, UUID recipientId, RequestKind kind, String message, List<String> goals,
            Instant now, Duration expireAfter, UUID programId) {
        MatchRequest r = new MatchRequest();
        r.programId = programId;
        r.id = UUID.randomUUID();
        r.senderId = senderId;
        r.recipientId = recipientId;
        r.kind = kind;
        r.message = message;
        r.goals = goals.toArray(String[]::new);
        r.status = RequestStatus.PENDING;
        r.createdAt = now;
        r.expiresAt = now.plus(expireAfter);
        return r;
    }

    void accept(Instant now) {
        decide(RequestStatus.ACCEPTED, now);
    }

    void decline(String reason, Instant now) {
        decide(RequestStatus.DECLINED, now);
        declineReason = reason;
    }

    void withdraw(Instant now) {
        decide(RequestStatus.WITHDRAWN, now);
    }

    void expire(Instant now) {
        decide(RequestStatus.EXPIRED, now);
    }

    /**
     * Erases the free text of a request one of whose parties deleted their account: the message and the decline
     * reason. Kind, status, goals and dates stay, for the counts.
     */
    void forgetText() {
        message = "";
        declineReason = null;
    }

    boolean isPending() {
        return status == RequestStatus.PENDING;
    }

    /** Records that the halfway reminder went out; false when it already had. */
    boolean markReminded(Instant now) {
        if (status != RequestStatus.PENDING || remindedAt != null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** The moment the mentor is reminded: halfway between sending and expiry. */
    Instant halfway() {
        return createdAt.plus(Duration.between(createdAt, expiresAt).dividedBy(2));
    }

    private void decide(RequestStatus next, Instant now) {
        if (status != RequestStatus.PENDING) {
            throw new RequestStateException(status);
        }
        status = next;
        decidedAt = now;
    }

    boolean involves(UUID memberId) {
        return senderId.equals(memberId) || recipientId.equals(memberId);
    }

    public UUID id() {
        return id;
    }

    public UUID senderId() {
        return senderId;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public RequestKind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public UUID programId() {
        return programId;
    }

    public List<String> goals() {
        return goals == null ? List.of() : List.of(goals);
    }

    public RequestStatus status() {
        return status;
    }

    /** Private to the recipient. */
    String declineReason() {
        return declineReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
