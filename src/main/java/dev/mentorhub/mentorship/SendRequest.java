package dev.mentorhub.mentorship;

import java.util.List;
import java.util.UUID;

/** POST /api/v1/requests: ask {@code recipientId}; {@code kind} is mentoring (default) or peer. */
public record SendRequest(UUID recipientId, String kind, String message, List<String> goals) {
}
