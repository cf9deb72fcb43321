package dev.mentorhub.matching.engine;

/**
 * One {@link CandidateIndex} slot's packed traits: stage (3 bits), format mask (3), goal mask (10), capacity and
 * active mentees (5 each, 31 meaning "look in the exact columns"), number of wanted skills (4, 15 meaning "count the
 * list") and free quarter hours in the reference week (10; {@link #UNKNOWN_QUARTERS} when the windows are off the
 * quarter hours).
 */
final class Traits {

    static final int UNKNOWN_QUARTERS = 1023;
    static final int SATURATED = 31;

    static {
        if (Stage.COUNT > 8 || Format.values().length > 3 || Goal.values().length > 10) {
            throw new IllegalStateException("More stages, formats or goals than Traits packs");
        }
    }

    private Traits() {
    }

    static long of(Compact c, int quarters) {
        return c.stage | (long) c.formats << 3 | (long) c.goals << 6 | (long) Math.min(c.capacity, SATURATED) << 16
                | (long) Math.min(c.activeMentees, SATURATED) << 21 | (long) Math.min(c.learnIds.length, 15) << 26
                | (long) quarters << 30;
    }

    static int stage(long t) {
        return (int) (t & 7);
    }

    static int formats(long t) {
        return (int) (t >>> 3 & 7);
    }

    static int goals(long t) {
        return (int) (t >>> 6 & 0x3FF);
    }

    /** Capacity and active mentees as one 10-bit code. */
    static int load(long t) {
        return (int) (t >>> 16 & 0x3FF);
    }

    static int wanted(long t) {
        return (int) (t >>> 26 & 15);
    }

    static int quarters(long t) {
        return (int) (t >>> 30 & 0x3FF);
    }
}
