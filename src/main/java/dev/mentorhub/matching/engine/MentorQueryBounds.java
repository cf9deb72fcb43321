package dev.mentorhub.matching.engine;

import java.util.Arrays;

/**
 * Skill bounds of a query for mentors (the asker is a mentee): per wanted skill, which candidates teach it exactly,
 * teach its parent or a child, or teach a sibling, read word by word. With at most 15 wanted skills the per-candidate
 * sums of those relations (in quarters: exact 4, near 2, sibling 1) are kept bit-sliced, so the candidates whose
 * shared goals, availability tier and skill bound together cannot reach the k-th best are dropped 64 at a time.
 */
final class MentorQueryBounds {

    /** Bit planes of the per-candidate skill bound sums: up to 4 quarters for each of 15 wanted skills. */
    private static final int PLANES = 6;

    private final TopK top;
    private final QueryTables tables;
    private final WordTiers tiers;
    private final int wanted;
    private final int askingGoalCount;
    // Per wanted skill: the bit sets for the skill bound, and the current word of each.
    private final long[][] exactSets;
    private final long[][] nearSets;
    private final long[][] siblingSets;
    /** This word's bits, exclusive: exact teachers; near but not exact; sibling only. */
    private final long[] exactWord;
    private final long[] closeWord;
    private final long[] siblingWord;
    /** Skill bound points by the quarters summed over the wanted skills (exact 4, near 2, sibling 1). */
    private final int[] skillBoundPoints;
    /** Each candidate's sum in quarters for this word, bit-sliced (plane j holds bit j of every candidate's sum). */
    private final long[] planes = new long[PLANES];
    /** Whether the sums fit the planes, so the whole word is bounded at once; else each candidate is summed. */
    final boolean slicing;
    /**
     * By goals shared with the asking mentee (0, 1, 2, 3 or more) * 3 + availability tier: the fewest quarters the
     * skill bound needs to reach the k-th best.
     */
    private final int[] quartersNeeded;
    private final int sharedGoalGroups;
    private long quartersThreshold = Long.MIN_VALUE;
    /** This word's candidates sharing exactly 0, 1, 2, and 3 or more goals with the asking mentee. */
    private final long[] sharing = new long[4];
    /** This word's candidates with at least q skill quarters, valid where {@link #atLeastStamp} is the word's. */
    private final long[] atLeastCache;
    private final int[] atLeastStamp;
    private int wordStamp;

    MentorQueryBounds(Compact asking, SlotSets sets, QueryTables tables, WordTiers tiers, TopK top) {
        this.top = top;
        this.tables = tables;
        this.tiers = tiers;
        wanted = asking.learnIds.length;
        askingGoalCount = Integer.bitCount(asking.goals);
        exactSets = new long[wanted][];
        nearSets = new long[wanted][];
        siblingSets = new long[wanted][];
        exactWord = new long[wanted];
        closeWord = new long[wanted];
        siblingWord = new long[wanted];
        for (int w = 0; w < wanted; w++) {
            int skill = asking.learnIds[w];
            exactSets[w] = sets.teachers[skill];
            nearSets[w] = sets.nearTeachers[skill];
            siblingSets[w] = sets.siblingTeachers[skill];
        }
        slicing = wanted > 0 && 4 * wanted < 1 << PLANES;
        skillBoundPoints = new int[4 * wanted + 1];
        for (int quarters = 0; quarters < skillBoundPoints.length; quarters++) {
            skillBoundPoints[quarters] = Scoring.pointsTenths(quarters / 4.0 / wanted, tables.maxSkill);
        }
        sharedGoalGroups = Math.min(4, askingGoalCount + 1);
        quartersNeeded = new int[sharedGoalGroups * 3];
        atLeastCache = new long[4 * wanted + 2];
        atLeastStamp = new int[4 * wanted + 2];
    }

    /**
     * Reads word {@code i} of the wanted skills' teacher sets and keeps the {@code candidates} whose shared goals and
     * skill bound together could still reach the k-th best with every other factor at full points.
     */
    long filter(int i, long candidates) {
        for (int w = 0; w < wanted; w++) {
            long exact = exactSets[w][i];
            long near = nearSets[w][i] & ~exact;
            exactWord[w] = exact;
            closeWord[w] = near;
            siblingWord[w] = siblingSets[w][i] & ~exact & ~near;
        }
        if (!slicing) {
            return candidates;
        }
        wordStamp++;
        Arrays.fill(planes, 0L);
        for (int w = 0; w < wanted; w++) {
            add(siblingWord[w], closeWord[w], exactWord[w]);
        }
        return candidates & goalsAndSkill(i);
    }

    /**
     * The candidates of word {@code i} whose shared goals (exact points: the mentee's number of goals is fixed) and
     * skill bound together could still reach the k-th best with every other factor at full points.
     */
    private long goalsAndSkill(int i) {
        if (top.threshold() != quartersThreshold) {
            fillQuartersNeeded();
        }
        BitCounts.upToThree(tiers.askedGoalSets, i, sharing);
        long mask = 0;
        for (int shared = 0; shared < sharedGoalGroups; shared++) {
            for (int tier = 0; tier < 3; tier++) {
                long group = sharing[shared] & tiers.availabilityWords[tier];
                if (group != 0) {
                    mask |= group & atLeastCached(quartersNeeded[shared * 3 + tier]);
                }
            }
        }
        return mask;
    }

    /** Fills {@link #quartersNeeded} for the current k-th best. */
    private void fillQuartersNeeded() {
        quartersThreshold = top.threshold();
        for (int shared = 0; shared < sharedGoalGroups; shared++) {
            // The last group may stand for "this many or more": its most shared goals count.
            int most = shared == sharedGoalGroups - 1 ? askingGoalCount : shared;
            for (int tier = 0; tier < 3; tier++) {
                int fixed = tables.othersMaxButGoalsAndAvailability + tables.goalPoints[most << 4 | most]
                        + tables.availabilityTierPoints[tier];
                int q = 0;
                while (q <= 4 * wanted && !top.accepts(TopK.bestKeyFor(fixed + skillBoundPoints[q]))) {
                    q++;
                }
                quartersNeeded[shared * 3 + tier] = q;
            }
        }
    }

    private long atLeastCached(int q) {
        if (q > 4 * wanted) {
            return 0;
        }
        if (atLeastStamp[q] != wordStamp) {
            atLeastStamp[q] = wordStamp;
            atLeastCache[q] = atLeast(q);
        }
        return atLeastCache[q];
    }

    /** Adds the 3-bit numbers (bit 0 from {@code b0}, ...) to the bit-sliced sums, one full adder per plane. */
    private void add(long b0, long b1, long b2) {
        long carry = 0;
        for (int j = 0; j < PLANES; j++) {
            long x = j == 0 ? b0 : j == 1 ? b1 : j == 2 ? b2 : 0;
            long p = planes[j];
            long half = p ^ x;
            planes[j] = half ^ carry;
            carry = (p & x) | (carry & half);
            if (j >= 2 && carry == 0) {
                return;
            }
        }
    }

    /** The candidates whose bit-sliced sum is at least {@code q}. */
    private long atLeast(int q) {
        if (q >= 1 << PLANES) {
            return 0;
        }
        long greater = 0;
        long equal = -1L;
        for (int j = PLANES - 1; j >= 0; j--) {
            if ((q >>> j & 1) != 0) {
                equal &= planes[j];
            } else {
                greater |= equal & planes[j];
                equal &= ~planes[j];
            }
        }
        return greater | equal;
    }

    /**
     * The skill points if every wanted skill got the full relation credit of the closest skill the candidate teaches
     * (its bits in this word). Relations are 1, 1/2 and 1/4, so their sum is exact in quarters and never below the
     * exact fit's sum of credits.
     */
    int skillBound(int bit) {
        if (wanted == 0) {
            return tables.maxSkill;
        }
        int quarters = 0;
        if (slicing) {
            for (int j = 0; j < PLANES; j++) {
                quarters |= (int) ((planes[j] >>> bit) & 1) << j;
            }
            return skillBoundPoints[quarters];
        }
        for (int w = 0; w < wanted; w++) {
            quarters += (int) (((exactWord[w] >>> bit) & 1) << 2 | ((closeWord[w] >>> bit) & 1) << 1
                    | ((siblingWord[w] >>> bit) & 1));
        }
        return skillBoundPoints[quarters];
    }
}
