package dev.mentorhub.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event as an organizer writes it. Times are local to {@code timeZone} (an IANA zone); {@code capacity} null is
 * unlimited; {@code rsvpDeadline} null closes RSVPs at the start. Only on creation: {@code programId} (the event is
 * then for that program's members only) and {@code publish} (false keeps a draft).
 */
public record EventRequest(String title, String description, String type, String format, String venue,
        String address, String onlineLink, String city, LocalDateTime start, LocalDateTime end, String timeZone,
        Integer capacity, LocalDateTime rsvpDeadline, Boolean noShowsWait, List<String> skills,
        List<UUID> coOrganizers, UUID programId, Boolean publish) {
}
