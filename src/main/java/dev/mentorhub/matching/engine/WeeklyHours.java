package dev.mentorhub.matching.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weekly windows as UTC minutes of one concrete reference week (Monday 00:00 UTC = 0). Each window is placed on its
 * real date of that week in the person's own zone, so daylight saving time is whatever it is in that week; minutes
 * that fall before or after the week wrap around, because the windows repeat weekly. The result is a sorted array
 * {@code [start0, end0, start1, end1, ...]} of disjoint intervals within 0..{@link #WEEK}.
 */
final class WeeklyHours {

    static final int WEEK = 7 * 24 * 60;
    static final int[] NONE = new int[0];

    private WeeklyHours() {
    }

    static LocalDate mondayOf(LocalDate anyDay) {
        return anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static int[] inUtc(List<Window> windows, ZoneId zone, LocalDate monday) {
        if (windows.isEmpty()) {
            return NONE;
        }
        LocalDateTime weekStartUtc = monday.atStartOfDay();
        List<int[]> pieces = new ArrayList<>();
        for (Window w : windows) {
            LocalDate date = monday.plusDays(w.day().getValue() - 1L);
            int start = minutesSince(weekStartUtc, date, w.startMinute(), zone);
            int end = minutesSince(weekStartUtc, date, w.endMinute(), zone);
            addWrapped(pieces, start, end);
        }
        pieces.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] out = new int[pieces.size() * 2];
        int n = 0;
        for (int[] p : pieces) {
            if (n > 0 && p[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], p[1]);
            } else {
                out[n++] = p[0];
                out[n++] = p[1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int minutesSince(LocalDateTime weekStartUtc, LocalDate date, int minute, ZoneId zone) {
        LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
        LocalDateTime utc = local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return (int) Duration.between(weekStartUtc, utc).toMinutes();
    }

    private static void addWrapped(List<int[]> pieces, int start, int end) {
        if (end <= start) {
            return; // a window swallowed by a DST gap
        }
        int s = Math.floorMod(start, WEEK);
        int e = s + (end - start);
        if (e <= WEEK) {
            pieces.add(new int[] {s, e});
        } else {
            pieces.add(new int[] {s, WEEK});
            pieces.add(new int[] {0, e - WEEK});
        }
    }

    static int overlapMinutes(int[] a, int[] b) {
        return intersect(a, b, null);
    }

    static int[] overlap(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        intersect(a, b, out);
        int n = 0;
        while (n < out.length && out[n + 1] > out[n]) {
            n += 2;
        }
        return Arrays.copyOf(out, n);
    }

    /** Total minutes both have; when {@code out} is given, also writes the shared intervals into it. */
    private static int intersect(int[] a, int[] b, int[] out) {
        int total = 0;
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int lo = Math.max(a[i], b[j]);
            int hi = Math.min(a[i + 1], b[j + 1]);
            if (lo < hi) {
                total += hi - lo;
                if (out != null) {
                    out[n++] = lo;
                    out[n++] = hi;
                }
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return total;
    }

    /** The local date-time in {@code zone} of a UTC minute of the reference week. */
    static LocalDateTime local(LocalDate monday, int utcMinute, ZoneId zone) {
        return monday.atStartOfDay().plusMinutes(utcMinute).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                .toLocalDateTime();
    }

}
