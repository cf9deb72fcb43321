package dev.mentorhub.matching.engine;

import java.util.Arrays;
import java.util.UUID;

/**
 * The {@link CandidateIndex}'s per-member columns, indexed by a dense slot: id halves, packed {@link Traits}, load,
 * place, packed skills, the week's quarter-hour mask, and the pair rules. The arrays are replaced when they grow, so
 * a query copies the references it reads once, under the index's read lock.
 */
final class SlotColumns {

    /** A skill with its level is packed as {@code skill * LEVELS + level} (levels are 1..5). */
    static final int LEVELS = 8;
    /** Skills stored inline per slot; longer lists are kept whole in an overflow column. */
    static final int WIDTH = 6;

    int slots;
    long[] idHi;
    long[] idLo;
    /** What the cheap factors and bounds need, packed in one word per slot so a candidate costs one memory read. */
    long[] traits;
    int[] capacity;
    int[] activeMentees;
    String[] country;
    String[] city;
    /** {@link #WIDTH} packed skills per slot, then the count (more than WIDTH: the list is in the overflow column). */
    int[] teach;
    byte[] teachCount;
    int[][] teachMore;
    int[] learn;
    byte[] learnCount;
    int[][] learnMore;
    /** {@link WeekBits#WORDS} words per slot: bit i = the UTC quarter hour i of the reference week is free. */
    long[] week;
    /** The exact UTC minutes for people whose windows do not fall on quarter hours (their mask is empty), else null. */
    int[][] oddHours;
    UUID[][] blocked;
    UUID[][] excluded;

    SlotColumns(int slots) {
        this.slots = slots;
        idHi = new long[slots];
        idLo = new long[slots];
        traits = new long[slots];
        capacity = new int[slots];
        activeMentees = new int[slots];
        country = new String[slots];
        city = new String[slots];
        teach = new int[slots * WIDTH];
        teachCount = new byte[slots];
        teachMore = new int[slots][];
        learn = new int[slots * WIDTH];
        learnCount = new byte[slots];
        learnMore = new int[slots][];
        week = new long[slots * WeekBits.WORDS];
        oddHours = new int[slots][];
        blocked = new UUID[slots][];
        excluded = new UUID[slots][];
    }

    void grow(int n) {
        idHi = Arrays.copyOf(idHi, n);
        idLo = Arrays.copyOf(idLo, n);
        traits = Arrays.copyOf(traits, n);
        capacity = Arrays.copyOf(capacity, n);
        activeMentees = Arrays.copyOf(activeMentees, n);
        country = Arrays.copyOf(country, n);
        city = Arrays.copyOf(city, n);
        teach = Arrays.copyOf(teach, n * WIDTH);
        teachCount = Arrays.copyOf(teachCount, n);
        teachMore = Arrays.copyOf(teachMore, n);
        learn = Arrays.copyOf(learn, n * WIDTH);
        learnCount = Arrays.copyOf(learnCount, n);
        learnMore = Arrays.copyOf(learnMore, n);
        week = Arrays.copyOf(week, n * WeekBits.WORDS);
        oddHours = Arrays.copyOf(oddHours, n);
        blocked = Arrays.copyOf(blocked, n);
        excluded = Arrays.copyOf(excluded, n);
        slots = n;
    }

    void put(int slot, Compact c) {
        idHi[slot] = c.id.getMostSignificantBits();
        idLo[slot] = c.id.getLeastSignificantBits();
        capacity[slot] = c.capacity;
        activeMentees[slot] = c.activeMentees;
        country[slot] = c.country;
        city[slot] = c.city;
        teachMore[slot] = store(packed(c.teachIds, c.teachLevels), teach, teachCount, slot);
        learnMore[slot] = store(packed(c.learnIds, c.learnLevels), learn, learnCount, slot);
        int offset = slot * WeekBits.WORDS;
        boolean onQuarterHours = WeekBits.mask(c.hours, week, offset);
        oddHours[slot] = onQuarterHours ? null : c.hours;
        traits[slot] = Traits.of(c, onQuarterHours ? WeekBits.quarters(week, offset) : Traits.UNKNOWN_QUARTERS);
        blocked[slot] = c.blocked.length == 0 ? null : c.blocked;
        excluded[slot] = c.excluded.length == 0 ? null : c.excluded;
    }

    /** Drops the slot's references (its primitive columns are overwritten when the slot is reused). */
    void clear(int slot) {
        country[slot] = null;
        city[slot] = null;
        teachMore[slot] = null;
        learnMore[slot] = null;
        oddHours[slot] = null;
        blocked[slot] = null;
        excluded[slot] = null;
    }

    /** The slot's taught skills, packed. */
    int[] taught(int slot) {
        return skills(teach, teachCount, teachMore, slot);
    }

    /** The slot's wanted skills, packed. */
    int[] wanted(int slot) {
        return skills(learn, learnCount, learnMore, slot);
    }

    private static int[] packed(int[] ids, byte[] levels) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = ids[i] * LEVELS + levels[i];
        }
        return out;
    }

    /** Stores up to {@link #WIDTH} packed skills inline; returns the whole list when it is longer, else null. */
    private static int[] store(int[] packed, int[] inline, byte[] count, int slot) {
        System.arraycopy(packed, 0, inline, slot * WIDTH, Math.min(WIDTH, packed.length));
        boolean overflows = packed.length > WIDTH;
        count[slot] = (byte) (overflows ? WIDTH + 1 : packed.length);
        return overflows ? packed : null;
    }

    private static int[] skills(int[] inline, byte[] count, int[][] more, int slot) {
        int n = count[slot];
        return n > WIDTH ? more[slot] : Arrays.copyOfRange(inline, slot * WIDTH, slot * WIDTH + n);
    }
}
