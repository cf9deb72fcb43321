package dev.mentorhub.matching.engine;

import java.util.Arrays;

/**
 * One query's points tables, precomputed by calling {@link Scoring} for every value a candidate can bring (stage,
 * goal counts, format mask, load code, overlapping quarter hours, taught or wanted skill and level), so scoring a
 * candidate is a few array reads; and each factor's most points under the query's weights.
 */
final class QueryTables {

    private static final int FORMAT_MASKS = 1 << Format.values().length;
    /** Goal counts are below 16 (the goal mask has 10 bits): a goal table index is {@code shared << 4 | count}. */
    private static final int GOAL_COUNTS = 16;

    final int maxSkill;
    final int maxStage;
    final int maxGoals;
    final int maxAvailability;
    final int maxFormat;
    final int maxLoad;
    /** Every factor but skill at full points (for mentee queries the load at the asking mentor's own). */
    final int othersMax;
    /** {@link #othersMax} without goals and availability, which the word bounds count by tier. */
    final int othersMaxButGoalsAndAvailability;
    final int[] stagePoints = new int[Stage.COUNT];
    /** Goal points by (goals shared with the asker) * 16 + (the candidate's number of goals). */
    final int[] goalPoints = new int[GOAL_COUNTS * GOAL_COUNTS];
    /** Format/location points by the candidate's format mask; -1 when it depends on country and city. */
    final int[] formatPoints = new int[FORMAT_MASKS];
    /** The asking mentor's load points (mentee queries). */
    final int loadPoints;
    /** Load points by capacity * 32 + active mentees (mentor queries; both below 32), -1 until first needed. */
    final int[] loadPointsByCode = new int[32 * 32];
    /** Availability points by overlapping quarter hours, below the target overlap. */
    final int[] availabilityPoints = new int[Scoring.TARGET_OVERLAP_MINUTES / WeekBits.SLOT_MINUTES + 1];
    /** The asking member's free quarter hours, or {@link Traits#UNKNOWN_QUARTERS}. */
    private final int askingQuarters;
    /**
     * Availability points at most, by tier: sharing two or more free UTC hours with the asker, one (at most 60
     * minutes of overlap), none.
     */
    final int[] availabilityTierPoints = new int[3];
    /** Goal points at most, by tier: shares a goal with the asker, has no goals, has goals but shares none. */
    final int[] goalTierPoints = new int[3];
    /**
     * Skill credit by packed (skill, level). Mentor queries: one row per wanted skill, indexed by the taught skill
     * and proficiency. Mentee queries: one row, indexed by the wanted skill and target, holding the best credit any of
     * the asking mentor's skills earns.
     */
    final double[] credit;
    /**
     * Mentor queries: {@link #credit} as raw bits. Credits are never negative, so their bit patterns order like the
     * values, and the best per wanted skill is a branch-free {@code long} max instead of {@link Math#max(double,
     * double)}.
     */
    private final long[] creditBits;
    private final int rowLength;
    /** The asking mentee's number of wanted skills (mentor queries), else 0. */
    final int wanted;
    private final int askingGoals;

    QueryTables(Compact asking, boolean askingIsMentee, int[] max, SkillGraph graph, int askingQuarters) {
        maxSkill = max[Scoring.SKILL];
        maxStage = max[Scoring.STAGE];
        maxGoals = max[Scoring.GOALS];
        maxAvailability = max[Scoring.AVAILABILITY];
        maxFormat = max[Scoring.FORMAT_LOCATION];
        maxLoad = max[Scoring.LOAD];
        this.askingQuarters = askingQuarters;
        askingGoals = asking.goals;
        for (int s = 0; s < Stage.COUNT; s++) {
            double value = askingIsMentee ? Scoring.stage(s, asking.stage, false)
                    : Scoring.stage(asking.stage, s, false);
            stagePoints[s] = Scoring.pointsTenths(value, maxStage);
        }
        int goalCount = Integer.bitCount(asking.goals);
        for (int shared = 0; shared < GOAL_COUNTS; shared++) {
            for (int count = shared; count < GOAL_COUNTS; count++) {
                int menteeGoals = askingIsMentee ? goalCount : count;
                goalPoints[shared << 4 | count] = Scoring.pointsTenths(Scoring.goalShare(shared, menteeGoals), maxGoals);
            }
        }
        for (int f = 0; f < FORMAT_MASKS; f++) {
            double value = Scoring.formats(asking.formats, f);
            formatPoints[f] = value == Scoring.BY_PLACE ? -1 : Scoring.pointsTenths(value, maxFormat);
        }
        loadPoints = askingIsMentee ? 0
                : Scoring.pointsTenths(Scoring.load(asking.capacity, asking.activeMentees), maxLoad);
        // Mentee queries: the load is the asking mentor's own, the same for every candidate.
        othersMax = Weights.TOTAL_TENTHS - maxSkill - (askingIsMentee ? 0 : maxLoad - loadPoints);
        othersMaxButGoalsAndAvailability = othersMax - maxGoals - maxAvailability;
        Arrays.fill(loadPointsByCode, -1);
        for (int q = 0; q < availabilityPoints.length; q++) {
            availabilityPoints[q] = Scoring.pointsTenths(Scoring.availability(q * WeekBits.SLOT_MINUTES),
                    maxAvailability);
        }
        availabilityTierPoints[0] = maxAvailability;
        availabilityTierPoints[1] = Scoring.pointsTenths(Scoring.availability(60), maxAvailability);
        availabilityTierPoints[2] = 0;
        // Without goals of its own, the asking member's goal points do not depend on the candidate's tier.
        goalTierPoints[0] = maxGoals;
        goalTierPoints[1] = asking.goals == 0 ? maxGoals : goalPoints(0);
        goalTierPoints[2] = asking.goals == 0 ? maxGoals : 0;
        rowLength = graph.size() * SlotColumns.LEVELS;
        wanted = askingIsMentee ? asking.learnIds.length : 0;
        credit = askingIsMentee ? wantedCredit(asking, graph, rowLength) : taughtCredit(asking, graph, rowLength);
        creditBits = new long[askingIsMentee ? credit.length : 0];
        for (int i = 0; i < creditBits.length; i++) {
            creditBits[i] = Double.doubleToRawLongBits(credit[i]);
        }
    }

    /** Per wanted skill of the asking mentee: the credit of every related skill at every proficiency. */
    private static double[] wantedCredit(Compact asking, SkillGraph graph, int rowLength) {
        double[] credit = new double[asking.learnIds.length * rowLength];
        for (int w = 0; w < asking.learnIds.length; w++) {
            addRelated(graph, asking.learnIds[w], asking.learnLevels[w], true, credit, w * rowLength);
        }
        return credit;
    }

    /** For every skill at every target level: the best credit any of the asking mentor's skills earns. */
    private static double[] taughtCredit(Compact asking, SkillGraph graph, int rowLength) {
        double[] credit = new double[rowLength];
        for (int t = 0; t < asking.teachIds.length; t++) {
            addRelated(graph, asking.teachIds[t], asking.teachLevels[t], false, credit, 0);
        }
        return credit;
    }

    /**
     * For every skill related to {@code skill} (wanted at target {@code level}, or taught at proficiency
     * {@code level}) and every level of the other side: raises {@code credit[offset + other * LEVELS + its level]} to
     * the {@link Scoring#credit} of the pair.
     */
    private static void addRelated(SkillGraph graph, int skill, int level, boolean skillIsWanted, double[] credit,
            int offset) {
        for (int other : graph.related(skill)) {
            double relation = skillIsWanted ? graph.relation(other, skill) : graph.relation(skill, other);
            for (int v = 1; v < SlotColumns.LEVELS && relation > 0; v++) {
                int i = offset + other * SlotColumns.LEVELS + v;
                credit[i] = Math.max(credit[i],
                        skillIsWanted ? Scoring.credit(relation, v, level) : Scoring.credit(relation, level, v));
            }
        }
    }

    int goalPoints(int candidateGoals) {
        return goalPoints[Integer.bitCount(candidateGoals & askingGoals) << 4 | Integer.bitCount(candidateGoals)];
    }

    /** The points of {@link Scoring#place}, for a pair whose only shared format is in person. */
    int placePoints(String mentorCountry, String mentorCity, String menteeCountry, String menteeCity) {
        return Scoring.pointsTenths(Scoring.place(mentorCountry, mentorCity, menteeCountry, menteeCity), maxFormat);
    }

    /** A candidate mentor's load points, kept by its traits' load code where the code is exact. */
    int loadPointsOf(int code, int capacity, int activeMentees) {
        int points = Scoring.pointsTenths(Scoring.load(capacity, activeMentees), maxLoad);
        if (capacity < Traits.SATURATED && activeMentees < Traits.SATURATED) {
            loadPointsByCode[code] = points;
        }
        return points;
    }

    /** The most availability points a candidate with this many free quarter hours could share with the asker. */
    int availabilityBound(int candidateQuarters) {
        if (askingQuarters == Traits.UNKNOWN_QUARTERS || candidateQuarters == Traits.UNKNOWN_QUARTERS) {
            return maxAvailability;
        }
        int minutes = Math.min(askingQuarters, candidateQuarters) * WeekBits.SLOT_MINUTES;
        return minutes >= Scoring.TARGET_OVERLAP_MINUTES ? maxAvailability
                : availabilityPoints[minutes / WeekBits.SLOT_MINUTES];
    }

    int availabilityPointsOf(int overlapMinutes) {
        return Scoring.pointsTenths(Scoring.availability(overlapMinutes), maxAvailability);
    }

    /** {@link Scoring#skill} for a candidate mentor: per wanted skill the best credit of any taught skill. */
    double mentorSkill(int[] taught, int from, int to) {
        if (wanted == 0) {
            return 0;
        }
        double sum = 0;
        for (int w = 0, row = 0; w < wanted; w++, row += rowLength) {
            long best = 0;
            for (int t = from; t < to; t++) {
                best = Math.max(best, creditBits[row + taught[t]]);
            }
            sum += Double.longBitsToDouble(best);
        }
        return sum / wanted;
    }

    /** {@link Scoring#skill} for a candidate mentee: the mean of the asking mentor's best credit per wanted skill. */
    double menteeSkill(int[] wants, int from, int to) {
        if (to == from) {
            return 0;
        }
        double sum = 0;
        for (int w = from; w < to; w++) {
            sum += credit[wants[w]];
        }
        return sum / (to - from);
    }
}
