package dev.mentorhub.matching.engine;

import java.util.Arrays;

/**
 * Availability as bits of the reference week: one bit per UTC quarter hour ({@link #WORDS} words a member), and the
 * UTC hours a member's windows touch. Windows off the quarter-hour boundaries have no mask; their exact minutes are
 * used instead.
 */
final class WeekBits {

    /** Granularity of the mask. */
    static final int SLOT_MINUTES = 15;
    static final int QUARTERS = WeeklyHours.WEEK / SLOT_MINUTES;
    static final int WORDS = (QUARTERS + 63) / 64;
    static final int HOURS = WeeklyHours.WEEK / 60;

    private WeekBits() {
    }

    /**
     * Writes the quarter-hour mask of sorted disjoint UTC intervals into {@code out[offset ..]}; false (and an empty
     * mask) when some boundary is not on a quarter hour, so the exact minutes must be used.
     */
    static boolean mask(int[] hours, long[] out, int offset) {
        Arrays.fill(out, offset, offset + WORDS, 0L);
        for (int minute : hours) {
            if (minute % SLOT_MINUTES != 0) {
                return false;
            }
        }
        for (int i = 0; i < hours.length; i += 2) {
            for (int q = hours[i] / SLOT_MINUTES; q < hours[i + 1] / SLOT_MINUTES; q++) {
                out[offset + (q >>> 6)] |= 1L << q;
            }
        }
        return true;
    }

    /** The intervals {@code [start0, end0, ...]} in minutes of a quarter-hour mask. */
    static int[] intervals(long[] mask, int offset) {
        int[] out = new int[WORDS * 64];
        int n = 0;
        for (int q = 0; q < QUARTERS; q++) {
            boolean set = (mask[offset + (q >>> 6)] & (1L << q)) != 0;
            boolean open = n % 2 == 1;
            if (set != open) {
                out[n++] = q * SLOT_MINUTES;
            }
        }
        if (n % 2 == 1) {
            out[n++] = WeeklyHours.WEEK;
        }
        return Arrays.copyOf(out, n);
    }

    /** The UTC hours of the week in which sorted disjoint intervals {@code [start0, end0, ...]} have some minutes. */
    static int[] hoursTouched(int[] minutes) {
        boolean[] touched = new boolean[HOURS];
        int n = 0;
        for (int i = 0; i + 1 < minutes.length; i += 2) {
            for (int h = minutes[i] / 60; h <= (minutes[i + 1] - 1) / 60 && h < HOURS; h++) {
                if (!touched[h]) {
                    touched[h] = true;
                    n++;
                }
            }
        }
        int[] out = new int[n];
        for (int h = 0, j = 0; h < HOURS; h++) {
            if (touched[h]) {
                out[j++] = h;
            }
        }
        return out;
    }

    /** The free quarter hours in the mask at {@code offset}. */
    static int quarters(long[] mask, int offset) {
        int n = 0;
        for (int i = 0; i < WORDS; i++) {
            n += Long.bitCount(mask[offset + i]);
        }
        return n;
    }

    /** The quarter hours free in both masks. */
    static int sharedQuarters(long[] a, int aOffset, long[] b, int bOffset) {
        int n = 0;
        for (int i = 0; i < WORDS; i++) {
            n += Long.bitCount(a[aOffset + i] & b[bOffset + i]);
        }
        return n;
    }
}
