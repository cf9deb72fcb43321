package dev.mentorhub.matching.engine;

import java.util.Arrays;

/**
 * Skill bounds of a query for mentees (the asker is a mentor). A candidate's skill fit is at most full credit for each
 * wanted skill the asking mentor teaches exactly and a parent's or child's (1/2, more than any other relation gives)
 * for every other one, so candidates are grouped 64 at a time by how many skills they want (1, 2, 3, 4 or more) and
 * how many of those the mentor teaches (0, 1, 2, 3 or more); a group is kept only in the goal and availability tiers
 * in which it could still reach the k-th best.
 */
final class MenteeQueryBounds {

    private static final int BUCKETS = SlotSets.WANT_BUCKETS;

    private final TopK top;
    private final QueryTables tables;
    private final WordTiers tiers;
    private final long[][] wantingCount;
    private final long[] traitColumn;
    private final int[][] moreWanted;
    // The learners of each skill the asking mentor teaches, and this word of each.
    private final long[][] taughtLearnerSets;
    private final long[] taughtLearnerWord;
    /**
     * By group {@code bucket * 4 + matches} (wanted-count bucket, exact matches 0..3): the (goal tier, availability
     * tier) pairs, as bit {@code goalTier * 3 + availabilityTier}, in which the group could still reach the k-th best
     * with every other factor at full points. All of them until the first k are found.
     */
    private final int[] tiersAllowedFor = new int[BUCKETS * 4];
    private long groupsThreshold = Long.MIN_VALUE;
    /** This word's candidates with exactly 0, 1, 2, and 3 or more exact matches. */
    private final long[] exactly = new long[4];
    /** This word's (goal tier * 3 + availability tier) candidates. */
    private final long[] pairWords = new long[9];

    MenteeQueryBounds(Compact asking, SlotSets sets, SlotColumns columns, QueryTables tables, WordTiers tiers,
            TopK top) {
        this.top = top;
        this.tables = tables;
        this.tiers = tiers;
        wantingCount = sets.wantingCount;
        traitColumn = columns.traits;
        moreWanted = columns.learnMore;
        int[] taught = distinct(asking.teachIds);
        taughtLearnerSets = new long[taught.length][];
        for (int t = 0; t < taught.length; t++) {
            taughtLearnerSets[t] = sets.learners[taught[t]];
        }
        taughtLearnerWord = new long[taught.length];
        Arrays.fill(tiersAllowedFor, (1 << 9) - 1);
    }

    private static int[] distinct(int[] ids) {
        return Arrays.stream(ids).distinct().toArray();
    }

    /**
     * Reads word {@code i} of the taught skills' learner sets and keeps the {@code candidates} whose goal tier,
     * availability tier and skill bound together could still reach the k-th best.
     */
    long filter(int i, long candidates) {
        if (top.threshold() != groupsThreshold) {
            allowGroups();
        }
        for (int t = 0; t < taughtLearnerSets.length; t++) {
            taughtLearnerWord[t] = taughtLearnerSets[t][i];
        }
        BitCounts.upToThree(taughtLearnerSets, i, exactly);
        for (int pair = 0; pair < 9; pair++) {
            pairWords[pair] = tiers.goalWords[pair / 3] & tiers.availabilityWords[pair % 3];
        }
        long mask = 0;
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            long inBucket = wantingCount[bucket][i];
            if (inBucket != 0) {
                for (int matches = 0; matches <= Math.min(bucket + 1, 3); matches++) {
                    long group = inBucket & exactly[matches];
                    for (int pairs = tiersAllowedFor[bucket * 4 + matches]; pairs != 0 && group != 0;
                            pairs &= pairs - 1) {
                        mask |= group & pairWords[Integer.numberOfTrailingZeros(pairs)];
                    }
                }
            }
        }
        return candidates & mask;
    }

    /** Fills {@link #tiersAllowedFor} for the current k-th best. */
    private void allowGroups() {
        groupsThreshold = top.threshold();
        for (int group = 0; group < BUCKETS * 4; group++) {
            int skill = groupSkillBound(group / 4, group % 4);
            int pairs = 0;
            for (int pair = 0; pair < 9 && skill >= 0; pair++) {
                int bound = tables.othersMaxButGoalsAndAvailability + tables.goalTierPoints[pair / 3]
                        + tables.availabilityTierPoints[pair % 3] + skill;
                if (top.accepts(TopK.bestKeyFor(bound))) {
                    pairs |= 1 << pair;
                }
            }
            tiersAllowedFor[group] = pairs;
        }
    }

    /**
     * The skill bound of {@link #skillBound} for a group: wanted-count bucket (1, 2, 3, 4 or more) and exact matches
     * (0, 1, 2, 3 or more); -1 for a group that cannot exist.
     */
    private int groupSkillBound(int bucket, int matches) {
        int wantedSkills = bucket + 1;
        if (matches > wantedSkills) {
            return -1;
        }
        if (bucket == BUCKETS - 1 && matches == 3) {
            return tables.maxSkill;
        }
        return Scoring.pointsTenths((wantedSkills + matches) * 0.5 / wantedSkills, tables.maxSkill);
    }

    /** The skill bound of one candidate (bit {@code bit} of the current word). */
    int skillBound(int slot, int bit) {
        int n = Traits.wanted(traitColumn[slot]);
        if (n > SlotColumns.WIDTH) {
            n = moreWanted[slot].length;
        }
        int exact = 0;
        for (long word : taughtLearnerWord) {
            exact += (int) ((word >>> bit) & 1);
        }
        return Scoring.pointsTenths((n + exact) * 0.5 / n, tables.maxSkill);
    }
}
