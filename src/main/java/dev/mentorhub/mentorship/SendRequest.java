package dev.mentorhub.mentorship;

import java.util.List;
import java.util.UUID;

/**
 * POST /api/v1/requests: ask {@code recipientId}; {@code kind} is mentoring (default) or peer. {@code programId}, when
 * given, is the program both belong to that the request is sent in (its mentorship then counts for the program).
 */
public record SendRequest(UUID recipientId, String kind, String message, List<String> goals, UUID programId) {

    public SendRequest(UUID recipientId, String kind, String message, List<String> goals) {
        this(recipientId, kind, message, goals, null);
    }
}
