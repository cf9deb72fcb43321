package dev.mentorhub.matching.engine;

import java.util.Arrays;

/**
 * One query's view of a word of 64 candidates by goal tier (shares a goal with the asker, has no goals, has goals but
 * shares none) and availability tier (shares two or more free UTC hours with the asker, one, none), and the first
 * bound: the candidates whose stage points and goal tier could still reach the k-th best with every other factor at
 * full points.
 */
final class WordTiers {

    private final TopK top;
    private final QueryTables tables;
    /** The goal sets of the asking member's goals, the set of members without goals, and the stage sets. */
    final long[][] askedGoalSets;
    private final long[] noGoalSet;
    private final long[][] stageSets;
    /** The hour sets of the asking member's free hours. */
    private final long[][] askingHourSets;
    /** This word's candidates per goal tier and per availability tier. */
    final long[] goalWords = new long[3];
    final long[] availabilityWords = new long[3];
    /** Per stage: how many goal tiers (in the order above) can still make it: 0 none .. 3 all. */
    private final int[] tiersAllowed = new int[Stage.COUNT];
    private long tiersThreshold = Long.MIN_VALUE;
    /** False while every stage and goal tier can still make it: the stage sets need not be read. */
    private boolean stageFilters;

    WordTiers(Compact asking, SlotSets sets, QueryTables tables, TopK top) {
        this.top = top;
        this.tables = tables;
        askedGoalSets = new long[Integer.bitCount(asking.goals)][];
        for (int g = 0, n = 0; g < sets.withGoal.length; g++) {
            if ((asking.goals >>> g & 1) != 0) {
                askedGoalSets[n++] = sets.withGoal[g];
            }
        }
        noGoalSet = sets.withoutGoals;
        stageSets = sets.atStage;
        int[] hours = WeekBits.hoursTouched(asking.hours);
        askingHourSets = new long[hours.length][];
        for (int h = 0; h < hours.length; h++) {
            askingHourSets[h] = sets.freeInHour[hours[h]];
        }
        Arrays.fill(tiersAllowed, 3);
    }

    /** Reads word {@code i} into {@link #goalWords} and {@link #availabilityWords}. */
    void load(int i) {
        long shares = 0;
        for (long[] set : askedGoalSets) {
            shares |= set[i];
        }
        long noGoals = noGoalSet[i] & ~shares;
        goalWords[0] = shares;
        goalWords[1] = noGoals;
        goalWords[2] = ~shares & ~noGoals;
        long oneHour = 0;
        long twoHours = 0;
        for (long[] set : askingHourSets) {
            long free = set[i];
            twoHours |= oneHour & free;
            oneHour |= free;
        }
        availabilityWords[0] = twoHours;
        availabilityWords[1] = oneHour & ~twoHours;
        availabilityWords[2] = ~oneHour;
    }

    /**
     * The candidates of word {@code i} (after {@link #load}) whose stage points and goal tier could still reach the
     * k-th best with every other factor at full points.
     */
    long stageAndGoals(int i) {
        long threshold = top.threshold();
        if (threshold != tiersThreshold) {
            tiersThreshold = threshold;
            boolean allStagesAllowed = true;
            int rest = tables.othersMax + tables.maxSkill - tables.maxStage - tables.maxGoals;
            for (int s = 0; s < Stage.COUNT; s++) {
                int allowed = 0;
                while (allowed < 3 && top.accepts(
                        TopK.bestKeyFor(rest + tables.stagePoints[s] + tables.goalTierPoints[allowed]))) {
                    allowed++;
                }
                tiersAllowed[s] = allowed;
                allStagesAllowed &= allowed == 3;
            }
            stageFilters = !allStagesAllowed;
        }
        if (!stageFilters) {
            return -1L;
        }
        long shares = goalWords[0];
        long none = shares | goalWords[1];
        long mask = 0;
        for (int s = 0; s < Stage.COUNT; s++) {
            int allowed = tiersAllowed[s];
            if (allowed > 0) {
                mask |= stageSets[s][i] & (allowed == 3 ? -1L : allowed == 2 ? none : shares);
            }
        }
        return mask;
    }
}
