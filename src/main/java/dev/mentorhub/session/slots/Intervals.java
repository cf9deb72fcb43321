package dev.mentorhub.session.slots;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Set operations on lists of intervals. "Normalized" means sorted by start, pairwise disjoint and not touching;
 * {@link #union} produces that form and the other operations expect and keep it.
 */
final class Intervals {

    private Intervals() {
    }

    static List<Interval> union(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                Interval previous = merged.get(last);
                merged.set(last, new Interval(previous.start(), later(previous.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    static List<Interval> intersect(List<Interval> a, List<Interval> b) {
        List<Interval> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Interval x = a.get(i);
            Interval y = b.get(j);
            Instant start = later(x.start(), y.start());
            Instant end = earlier(x.end(), y.end());
            if (start.isBefore(end)) {
                out.add(new Interval(start, end));
            }
            if (x.end().isBefore(y.end())) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    static List<Interval> subtract(List<Interval> from, List<Interval> removed) {
        List<Interval> out = new ArrayList<>();
        int j = 0;
        for (Interval x : from) {
            Instant cursor = x.start();
            while (j < removed.size() && !removed.get(j).end().isAfter(cursor)) {
                j++;
            }
            // removed intervals starting inside x cut it; the last one may reach into the next x, so j is not advanced past it
            int k = j;
            while (k < removed.size() && removed.get(k).start().isBefore(x.end())) {
                Interval cut = removed.get(k);
                if (cursor.isBefore(cut.start())) {
                    out.add(new Interval(cursor, cut.start()));
                }
                cursor = later(cursor, cut.end());
                k++;
            }
            if (cursor.isBefore(x.end())) {
                out.add(new Interval(cursor, x.end()));
            }
        }
        return out;
    }

    /** Whether the normalized list contains every instant of {@code span}. */
    static boolean covers(List<Interval> normalized, Interval span) {
        return normalized.stream().anyMatch(i -> i.contains(span));
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
