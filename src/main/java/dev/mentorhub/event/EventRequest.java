package dev.mentorhub.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event as an organizer writes it. Times are local to {@code timeZone} (an IANA zone); {@code capacity} null is
 * unlimited; {@code rsvpDeadline} null closes RSVPs at the start. Only on creation: {@code programId} (the event is
 * then for that program's members only), {@code publish} (false keeps a draft), and {@code repeat} (weekly,
 * every-two-weeks or monthly: a recurring series from this start, until {@code repeatUntil} if given). Only on a
 * change of a series' occurrence: {@code scope} "this" (the default: this occurrence alone) or "following" (this
 * and every later occurrence).
 */
public record EventRequest(String title, String description, String type, String format, String venue,
        String address, String onlineLink, String city, LocalDateTime start, LocalDateTime end, String timeZone,
        Integer capacity, LocalDateTime rsvpDeadline, Boolean noShowsWait, List<String> skills,
        List<UUID> coOrganizers, UUID programId, Boolean publish, String repeat, LocalDate repeatUntil,
        String scope) {

    /** A one-off event (no repeat), or a change of this occurrence only. */
    public EventRequest(String title, String description, String type, String format, String venue, String address,
            String onlineLink, String city, LocalDateTime start, LocalDateTime end, String timeZone, Integer capacity,
            LocalDateTime rsvpDeadline, Boolean noShowsWait, List<String> skills, List<UUID> coOrganizers,
            UUID programId, Boolean publish) {
        this(title, description, type, format, venue, address, onlineLink, city, start, end, timeZone, capacity,
                rsvpDeadline, noShowsWait, skills, coOrganizers, programId, publish, null, null, null);
    }

    boolean following() {
        return "following".equals(scope);
    }
}
