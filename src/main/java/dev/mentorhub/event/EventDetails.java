package dev.mentorhub.event;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What an organizer writes about an event, checked by {@link EventValidator}. The deadline is how long before the
 * start RSVPs close (null: at the start), so a series' occurrences each get theirs.
 */
public record EventDetails(String title, String description, EventType type, EventFormat format, String venue,
        String address, String onlineLink, String city, Integer capacity, Duration rsvpCloses, boolean noShowsWait,
        List<String> skills, List<UUID> coOrganizers) {
}
