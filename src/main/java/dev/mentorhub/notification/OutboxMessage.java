package dev.mentorhub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One mail in the outbox, rendered when it was enqueued. Rows are written by {@link Outbox#enqueue} (native insert,
 * idempotent by message key) and claimed one at a time by {@link OutboxRepository#claimNext}, each claim under a fresh
 * token; this entity guards what happens after a send: {@link #sent} and {@link #failedAttempt}, by that token.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    /** Stored errors are cut to this length; the log has the rest. */
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(name = "recipient_email", nullable = false, updatable = false)
    private String recipientEmail;

    @Column(name = "recipient_member_id", updatable = false)
    private UUID recipientMemberId;

    @Column(nullable = false, updatable = false)
    private String template;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claim_token")
    private UUID claimToken;

    @Column(name = "sending_started_at")
    private Instant sendingStartedAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    /**
     * Records a send that the mail server accepted, if the claim {@code token} is still the message's: a worker whose
     * lease ran out and whose message was claimed again leaves the outcome to the new holder (which sends it once
     * more, with the same Message-ID). True when recorded.
     */
    boolean sent(UUID token, Instant now) {
        if (!holds(token)) {
            return false;
        }
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
        releaseClaim();
        return true;
    }

    /**
     * Records a send that failed, if the claim {@code token} is still the message's: retried after {@code backoff}
     * doubled for every earlier attempt, or FAILED for good after {@code maxAttempts}.
     */
    void failedAttempt(UUID token, String error, Instant now, int maxAttempts, Duration backoff) {
        if (!holds(token)) {
            return;
        }
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        releaseClaim();
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        } else {
            status = OutboxStatus.PENDING;
            nextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    private boolean holds(UUID token) {
        return status == OutboxStatus.SENDING && token.equals(claimToken);
    }

    private void releaseClaim() {
        claimedBy = null;
        claimedUntil = null;
        claimToken = null;
    }

    UUID id() {
        return id;
    }

    String messageKey() {
        return messageKey;
    }

    String recipientEmail() {
        return recipientEmail;
    }

    UUID recipientMemberId() {
        return recipientMemberId;
    }

    String template() {
        return template;
    }

    String locale() {
        return locale;
    }

    String subject() {
        return subject;
    }

    String htmlBody() {
        return htmlBody;
    }

    String textBody() {
        return textBody;
    }

    OutboxStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String claimedBy() {
        return claimedBy;
    }

    Instant claimedUntil() {
        return claimedUntil;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }
}
