package dev.mentorhub.session;

import java.time.LocalDateTime;

/**
 * A session to propose, or a new time for one: local start and end in {@code timeZone} (an IANA zone such as
 * Europe/Berlin), where to meet (a video link or a place) and what to talk about.
 */
public record SessionRequest(LocalDateTime start, LocalDateTime end, String timeZone, String location,
        String agenda) {
}
