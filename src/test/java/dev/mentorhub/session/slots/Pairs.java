package dev.mentorhub.session.slots;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Shared test vocabulary: zones, literal UTC instants, members and expected slot lists. */
final class Pairs {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration HOUR = Duration.ofHours(1);
    static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private Pairs() {
    }

    /** {@code utc("2026-03-03T17:00")} is that minute in UTC. */
    static Instant utc(String minute) {
        return Instant.parse(minute + ":00Z");
    }

    static Availability member(ZoneId zone, WeeklyWindow... windows) {
        return Availability.of(zone, List.of(windows));
    }

    /** Available around the clock, every day. */
    static Availability always(ZoneId zone) {
        return Availability.of(zone, Arrays.stream(DayOfWeek.values()).map(d -> new WeeklyWindow(d, 0, 1440)).toList());
    }

    static WeeklyWindow window(DayOfWeek day, int startHour, int startMinute, int endHour, int endMinute) {
        return WeeklyWindow.of(day, startHour, startMinute, endHour, endMinute);
    }

    static Interval busy(String from, String to) {
        return new Interval(utc(from), utc(to));
    }

    /** Slots of {@code length} starting at the given UTC minutes. */
    static List<Interval> slots(Duration length, String... starts) {
        return Arrays.stream(starts).map(s -> Interval.of(utc(s), length)).toList();
    }

    /** Hour slots every half hour from {@code from}, over {@code days} days, at most 50. */
    static SlotQuery hourSlots(String from, int days) {
        return new SlotQuery(utc(from), Duration.ofDays(days), HOUR, HALF_HOUR, 50);
    }
}
