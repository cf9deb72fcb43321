package dev.mentorhub.event;

import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.event.calendar.Recurrence;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Checks an {@link EventRequest} and reports every broken rule at once (400); nothing is written before it passes. */
final class EventValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_SKILLS = 10;
    static final int MAX_CO_ORGANIZERS = 5;
    static final Duration LONGEST = Duration.ofDays(14);
    static final Duration LONGEST_REPEATED = Duration.ofDays(1);
    static final Duration SHORTEST_REPEATED = Duration.ofMinutes(15);

    /** A checked request; {@code repeat} null for a one-off event, {@code repeatUntil} null for no end. */
    record Checked(EventDetails details, EventTime time, Recurrence.Frequency repeat, LocalDate repeatUntil) {
    }

    private EventValidator() {
    }

    static Checked check(EventRequest r, Instant now, boolean creating) {
        if (r == null) {
            throw FieldErrors.of("title", FieldErrors.REQUIRED);
        }
        FieldErrors errors = new FieldErrors();
        String title = errors.text("title", r.title(), MAX_TITLE, true);
        String description = errors.text("description", r.description(), MAX_DESCRIPTION, false);
        EventType type = errors.choice("type", r.type(), EventType.class, EventType.MEETUP);
        EventFormat format = errors.choice("format", r.format(), EventFormat.class, null);
        String venue = errors.text("venue", r.venue(), 200, false);
        String address = errors.text("address", r.address(), 500, false);
        String link = errors.text("onlineLink", r.onlineLink(), 1000, false);
        String city = errors.text("city", r.city(), 100, false);
        if (format != null && format.hasVenue() && venue == null && address == null) {
            errors.add("venue", "is required for an event in person: a venue or an address");
        }
        if (format != null && format.hasLink() && link == null) {
            errors.add("onlineLink", "is required for an online event");
        }
        if (link != null && !isWebLink(link)) {
            errors.add("onlineLink", "must be an http(s) address");
        }
        ZoneId zone = zone(errors, r.timeZone());
        errors.required("start", r.start());
        errors.required("end", r.end());
        Instant start = zone == null ? null : instant(errors, "start", r.start(), zone);
        Instant end = zone == null ? null : instant(errors, "end", r.end(), zone);
        if (start != null && creating && start.isBefore(now)) {
            errors.add("start", "is in the past");
        }
        if (start != null && end != null && (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0)) {
            errors.add("end", "must be after start, and at most 14 days later");
        }
        if (r.capacity() != null && (r.capacity() < 1 || r.capacity() > MAX_CAPACITY)) {
            errors.add("capacity", "must be between 1 and " + MAX_CAPACITY + ", or empty for unlimited");
        }
        Duration closes = null;
        if (r.rsvpDeadline() != null && zone != null && start != null) {
            Instant deadline = instant(errors, "rsvpDeadline", r.rsvpDeadline(), zone);
            if (deadline != null && deadline.isAfter(start)) {
                errors.add("rsvpDeadline", "must not be after the start");
            } else if (deadline != null) {
                closes = Duration.between(deadline, start);
            }
        }
        List<String> skills = r.skills() == null ? List.of()
                : r.skills().stream().filter(Objects::nonNull).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).distinct().toList();
        if (skills.size() > MAX_SKILLS) {
            errors.add("skills", "at most " + MAX_SKILLS);
        }
        List<UUID> coOrganizers = r.coOrganizers() == null ? List.of()
                : r.coOrganizers().stream().filter(Objects::nonNull).distinct().toList();
        if (coOrganizers.size() > MAX_CO_ORGANIZERS) {
            errors.add("coOrganizers", "at most " + MAX_CO_ORGANIZERS);
        }
        Recurrence.Frequency repeat = null;
        if (creating && r.repeat() != null && !r.repeat().isBlank()) {
            repeat = Recurrence.Frequency.fromSlug(r.repeat().strip());
            if (repeat == null) {
                errors.add("repeat", "must be weekly, every-two-weeks or monthly");
            } else if (start != null && end != null && (Duration.between(start, end).compareTo(LONGEST_REPEATED) > 0
                    || Duration.between(start, end).compareTo(SHORTEST_REPEATED) < 0)) {
                errors.add("repeat", "only events of 15 minutes to a day repeat");
            }
        }
        LocalDate until = creating && repeat != null ? r.repeatUntil() : null;
        if (until != null && r.start() != null
                && (until.isBefore(r.start().toLocalDate()) || until.isAfter(r.start().toLocalDate().plusYears(2)))) {
            errors.add("repeatUntil", "must be from the first day to two years later");
        }
        if (r.scope() != null && !r.scope().isBlank() && !Set.of("this", "following").contains(r.scope())) {
            errors.add("scope", "must be this or following");
        }
        errors.throwIfAny();
        EventDetails details = new EventDetails(title, description, type, format, venue, address, link, city,
                r.capacity(), closes, Boolean.TRUE.equals(r.noShowsWait()), skills, coOrganizers);
        return new Checked(details, new EventTime(start, end, zone), repeat, until);
    }

    static ZonedDateTime local(EventTime time) {
        return time.start().atZone(time.zone());
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

    /** A local time the clocks skip (spring forward) does not exist in the zone. */
    private static Instant instant(FieldErrors errors, String field, LocalDateTime local, ZoneId zone) {
        if (local == null) {
            return null;
        }
        if (local.getYear() < 2000 || local.getYear() > 2100) {
            errors.add(field, "must be between the years 2000 and 2100");
            return null;
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            errors.add(field, "does not exist in " + zone.getId() + ": the clocks skip it");
            return null;
        }
        return ZonedDateTime.of(local, zone).toInstant();
    }

    static boolean isWebLink(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
