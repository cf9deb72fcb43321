package dev.mentorhub.session.slots;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes session slots for a mentoring pair, and lays out their week for a viewer. Plain Java, no framework.
 *
 * <p>Approach: each member's weekly windows are expanded, local date by local date in the member's own zone, to
 * concrete instant intervals over the search range ({@link LocalSpans} does the DST-correct conversion: times in a
 * spring-forward gap yield nothing, times in a fall-back overlap yield each instant the clock shows them, once). The
 * member's busy intervals are subtracted, the two members' free lists are intersected, and slots of the requested
 * length are cut from what is left at starts aligned to the query's step, never before "now". All interval lists are
 * kept sorted and disjoint, so results are sorted and free of duplicates.
 */
public final class SlotFinder {

    private SlotFinder() {
    }

    /** The first {@code query.maxSlots()} slots where both members are free, sorted by start. */
    public static List<Interval> proposals(Availability first, Availability second, SlotQuery query) {
        List<Interval> slots = new ArrayList<>();
        Duration length = query.slotLength();
        for (Interval free : commonFreeTime(first, second, query.range())) {
            for (Instant start = alignUp(free.start(), query.step());
                    !start.plus(length).isAfter(free.end()); start = start.plus(query.step())) {
                if (slots.size() == query.maxSlots()) {
                    return slots;
                }
                slots.add(Interval.of(start, length));
            }
        }
        return slots;
    }

    /** The time within {@code range} where both members are available and neither is busy; sorted, disjoint. */
    public static List<Interval> commonFreeTime(Availability first, Availability second, Interval range) {
        return Intervals.intersect(first.free(range), second.free(range));
    }

    /**
     * The pair's week as {@code viewer} sees it: the seven local days from {@code monday} (in the viewer's zone), one
     * row every {@code rowLength} (whole minutes dividing a day, e.g. 30 or 60 minutes).
     */
    public static WeekGrid weekGrid(Availability first, Availability second, ZoneId viewer, LocalDate monday,
            Duration rowLength) {
        return WeekGridBuilder.build(first, second, viewer, monday, rowLength);
    }

    private static Instant alignUp(Instant t, Duration step) {
        long seconds = step.getSeconds();
        Instant aligned = Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), seconds) * seconds);
        return aligned.isBefore(t) ? aligned.plusSeconds(seconds) : aligned;
    }
}
