package dev.mentorhub.notification;

import java.util.List;
import java.util.UUID;

/** POST /api/v1/notifications/read: these ids, or every unread notification when {@code ids} is absent. */
public record MarkReadRequest(List<UUID> ids) {
}
