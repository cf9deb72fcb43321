package dev.mentorhub.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient sees it: {@code kind} says what happened ({@code request-received},
 * {@code request-accepted}, {@code request-declined}, {@code request-expired}, {@code request-withdrawn},
 * {@code request-reminder}, {@code mentorship-ended}), {@code actor} who it is about (their current name),
 * {@code subjectId} the request or mentorship, and {@code link} the page to open.
 */
public record NotificationDto(UUID id, String kind, Actor actor, UUID subjectId, String link, Instant createdAt,
        Instant readAt) {

    public record Actor(UUID id, String displayName) {
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
