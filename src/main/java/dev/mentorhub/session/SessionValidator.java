package dev.mentorhub.session;

import dev.mentorhub.common.web.FieldErrors;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Checks a {@link SessionRequest} and reports every broken rule at once; the times become instants in its zone. */
final class SessionValidator {

    static final Duration SHORTEST = Duration.ofMinutes(15);
    static final Duration LONGEST = Duration.ofHours(4);
    static final int MAX_LOCATION = 500;
    static final int MAX_AGENDA = 2000;

    /** A checked request: its time, and the place and agenda trimmed (null when blank). */
    record Checked(SessionTime time, String location, String agenda) {
    }

    private SessionValidator() {
    }

    static Checked check(SessionRequest r, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (r == null) {
            throw FieldErrors.of("start", FieldErrors.REQUIRED);
        }
        ZoneId zone = zone(errors, r.timeZone());
        errors.required("start", r.start());
        errors.required("end", r.end());
        Instant start = zone == null ? null : instant(errors, "start", r.start(), zone);
        Instant end = zone == null ? null : instant(errors, "end", r.end(), zone);
        if (start != null && start.isBefore(now)) {
            errors.add("start", "is in the past");
        }
        if (start != null && end != null) {
            Duration length = Duration.between(start, end);
            if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
                errors.add("end", "must be 15 minutes to 4 hours after start");
            }
        }
        String location = errors.text("location", r.location(), MAX_LOCATION, false);
        if (location != null && looksLikeLink(location) && !isWebLink(location)) {
            errors.add("location", "must be an http(s) address, or the name of a place");
        }
        String agenda = errors.text("agenda", r.agenda(), MAX_AGENDA, false);
        errors.throwIfAny();
        return new Checked(new SessionTime(start, end, zone), location, agenda);
    }

    private static ZoneId zone(FieldErrors errors, String id) {
        if (id == null || id.isBlank()) {
            errors.add("timeZone", FieldErrors.REQUIRED);
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            errors.add("timeZone", "is not an IANA time zone such as Europe/Berlin");
            return null;
        }
    }

    /** The instant of a local time in the zone; a time the clocks skip (spring forward) does not exist there. */
    private static Instant instant(FieldErrors errors, String field, LocalDateTime local, ZoneId zone) {
        if (local == null) {
            return null;
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            errors.add(field, "does not exist in " + zone.getId() + ": the clocks skip it");
            return null;
        }
        return ZonedDateTime.of(local, zone).toInstant();
    }

    private static boolean looksLikeLink(String location) {
        return location.contains("://") || location.toLowerCase(Locale.ROOT).startsWith("javascript:");
    }

    private static boolean isWebLink(String location) {
        try {
            URI uri = new URI(location);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
