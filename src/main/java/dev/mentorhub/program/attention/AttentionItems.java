package dev.mentorhub.program.attention;

import java.time.Instant;
import java.util.UUID;

/** The rows of a program's attention lists, as the admins' page and the JSON API show them. */
public final class AttentionItems {

    private AttentionItems() {
    }

    /**
     * A pending request from a program member that is past its deadline ({@code overdue}) or more than half-way to
     * it. {@code lastRemindedAt} is the latest reminder of any kind (automatic or by an admin); another can be sent
     * from {@code canRemindAfter} on.
     */
    public record PendingRequest(UUID requestId, UUID senderId, String senderName, UUID recipientId,
            String recipientName, Instant sentAt, Instant expiresAt, boolean overdue, Instant lastRemindedAt,
            Instant canRemindAfter, boolean canRemindNow) {
    }

    /** A mentee (or mentor-and-mentee) of the program without an active mentorship. */
    public record UnmatchedMentee(UUID memberId, String name, String role, Instant joinedAt, long daysSinceJoining) {
    }

    /**
     * A mentor of the program with no match in the idle period ({@code noRecentMatch}: no request accepted and no
     * mentorship started) or not seen for that long ({@code notSeen}). {@code lastMatchAt} may be null (never).
     */
    public record IdleMentor(UUID memberId, String name, String role, Instant lastMatchAt, Instant lastSeenAt,
            boolean noRecentMatch, boolean notSeen) {
    }

    /** A reminder that was queued. */
    public record Reminder(UUID requestId, UUID recipientId, Instant remindedAt) {
    }
}
