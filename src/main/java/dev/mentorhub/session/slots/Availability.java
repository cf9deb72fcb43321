package dev.mentorhub.session.slots;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One member's calendar: weekly windows in their own zone, and busy intervals (sessions already booked).
 */
public record Availability(ZoneId zone, List<WeeklyWindow> windows, List<Interval> busy) {

    public Availability {
        Objects.requireNonNull(zone, "zone");
        windows = List.copyOf(windows);
        busy = List.copyOf(busy);
    }

    public static Availability of(ZoneId zone, List<WeeklyWindow> windows) {
        return new Availability(zone, windows, List.of());
    }

    public Availability withBusy(List<Interval> busy) {
        return new Availability(zone, windows, busy);
    }

    /** When this member is available and not busy within {@code range}; normalized (sorted, disjoint). */
    public List<Interval> free(Interval range) {
        return Intervals.subtract(available(range), Intervals.union(busy));
    }

    /**
     * The weekly windows expanded to instants within {@code range}, local date by local date. Windows that touch
     * (Monday until 24:00, Tuesday from 00:00) come out as one interval.
     */
    List<Interval> available(Interval range) {
        // A local date is at most one day away from the UTC date, so one extra day on each side is enough.
        LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = range.end().atZone(zone).toLocalDate().plusDays(1);
        List<Interval> spans = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (WeeklyWindow window : windows) {
                if (window.day() == date.getDayOfWeek()) {
                    LocalDateTime midnight = date.atStartOfDay();
                    spans.addAll(LocalSpans.instants(
                            midnight.plusMinutes(window.startMinute()), midnight.plusMinutes(window.endMinute()), zone));
                }
            }
        }
        return Intervals.intersect(Intervals.union(spans), List.of(range));
    }
}
