package dev.mentorhub.session.slots;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a span of wall-clock time in a zone into the instants at which a clock in that zone shows a time inside it.
 *
 * <p>Between two offset transitions the offset is constant, so there the answer is simply {@code [from, to)} shifted by
 * that offset and cut to the stretch. Doing it stretch by stretch gets both DST cases right without special code:
 * local times in a spring-forward gap have no instant (02:00-03:00 Berlin on 29 March 2026 yields nothing, 02:30-03:30
 * yields the half hour 03:00-03:30 CEST), and local times in a fall-back overlap yield every instant that shows them
 * (01:00-02:00 New York on 1 November 2026 is two real hours). {@code ZonedDateTime.of} alone is not enough: it moves a
 * gap time forward by the gap's length and picks one offset in an overlap, dropping or adding time at the edges.
 */
final class LocalSpans {

    private LocalSpans() {
    }

    /** The instants whose local date-time in {@code zone} lies in {@code [from, to)}; sorted, possibly empty. */
    static List<Interval> instants(LocalDateTime from, LocalDateTime to, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        // No zone is more than 18 hours off UTC, so nothing outside these bounds can show a time in [from, to).
        Instant cursor = from.toInstant(ZoneOffset.MAX);
        Instant last = to.toInstant(ZoneOffset.MIN);
        List<Interval> found = new ArrayList<>();
        while (cursor.isBefore(last)) {
            ZoneOffsetTransition next = rules.nextTransition(cursor);
            Instant stretchEnd = next == null || next.getInstant().isAfter(last) ? last : next.getInstant();
            ZoneOffset offset = rules.getOffset(cursor);
            Instant start = Intervals.later(cursor, from.toInstant(offset));
            Instant end = Intervals.earlier(stretchEnd, to.toInstant(offset));
            if (start.isBefore(end)) {
                found.add(new Interval(start, end));
            }
            cursor = stretchEnd;
        }
        return Intervals.union(found);
    }
}
