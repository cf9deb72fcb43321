package dev.mentorhub.matching.engine;

/** Bit-sliced counting over the 64 candidates of a word. */
final class BitCounts {

    private BitCounts() {
    }

    /** Per candidate bit, in how many of the sets' word {@code i} it is: exactly 0, 1, 2, and 3 or more, into out. */
    static void upToThree(long[][] sets, int i, long[] out) {
        long one = 0;
        long two = 0;
        long more = 0;
        for (long[] set : sets) {
            long bits = set[i];
            more |= two & bits;
            two |= one & bits;
            one |= bits;
        }
        out[0] = ~one;
        out[1] = one & ~two;
        out[2] = two & ~more;
        out[3] = more;
    }
}
