package dev.mentorhub.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request as one of its two parties sees it. {@code declineReason} is filled only for the recipient: the sender
 * never sees why they were declined.
 * {@code programId} is the program it was sent in, or null.
 */
public record RequestDto(UUID id, String kind, Party sender, Party recipient, String message, List<String> goals,
        String status, String declineReason, Instant createdAt, Instant decidedAt, Instant expiresAt,
        boolean mine, UUID programId) {

    public record Party(UUID id, String displayName) {
    }
}
