package dev.mentorhub.event;

import java.time.Instant;
import java.util.UUID;

/** Someone going or waiting, as the organizers see them; {@code place} in the queue for those waiting. */
public record AttendeeDto(UUID memberId, String name, String status, Long place, Instant respondedAt,
        Instant checkedInAt) {
}
