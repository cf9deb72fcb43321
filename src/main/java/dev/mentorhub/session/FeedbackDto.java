package dev.mentorhub.session;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One member's feedback on a session of the pair. */
public record FeedbackDto(UUID sessionId, UUID memberId, boolean mine, int rating, String comment,
        Map<String, String> goalProgress, Instant createdAt) {
}
