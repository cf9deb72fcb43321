package dev.mentorhub.event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** When an event happens, and the zone its organizer planned it in (the series rule and the page's default zone). */
public record EventTime(Instant start, Instant end, ZoneId zone) {

    public Duration length() {
        return Duration.between(start, end);
    }

    public EventTime startingAt(Instant newStart) {
        return new EventTime(newStart, newStart.plus(length()), zone);
    }
}
