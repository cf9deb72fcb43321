package dev.mentorhub.matching.engine;

import java.util.Set;

/** The factor formulas (docs/matching.md). Shared by single-pair evaluation and the index, so both agree exactly. */
final class Scoring {

    /** Enough shared hours a week for a fortnightly hour plus slack: more earns nothing more. */
    static final int TARGET_OVERLAP_MINUTES = 120;
    /** Mentoring: by how many stages the mentor is ahead (index = gap 0..5); behind the mentee is 0. */
    static final double[] MENTOR_STAGE_CURVE = {0.25, 1.0, 1.0, 1.0, 0.6, 0.4};
    /** Peers: by how many stages apart they are in either direction (index = |gap| 0..5). */
    static final double[] PEER_STAGE_CURVE = {1.0, 0.75, 0.4, 0.1, 0.1, 0.1};
    /** A factor neither side gave data for (no goals, no formats) neither helps nor hurts much. */
    static final double UNKNOWN = 0.5;

    private final SkillGraph graph;

    Scoring(SkillGraph graph) {
        this.graph = graph;
    }

    SkillGraph graph() {
        return graph;
    }

    /** The first hard filter that rules the pair out, or null. Peers skip the role checks. */
    static FilterReason filter(Compact mentor, Compact mentee, boolean peer, ProgramRules rules) {
        if (mentor.id.equals(mentee.id)) {
            return FilterReason.SAME_PERSON;
        }
        if (!peer && !mentor.is(Compact.MENTOR)) {
            return FilterReason.NOT_A_MENTOR;
        }
        if (!peer && !mentee.is(Compact.MENTEE)) {
            return FilterReason.NOT_A_MENTEE;
        }
        if (!mentor.active) {
            return FilterReason.MENTOR_INACTIVE;
        }
        if (!mentor.hasFreePlace()) {
            return FilterReason.MENTOR_AT_CAPACITY;
        }
        if (!mentor.sharesLanguageWith(mentee)) {
            return FilterReason.NO_SHARED_LANGUAGE;
        }
        FilterReason pair = mentor.pairRule(mentee);
        return pair != null ? pair : rules.check(mentor, mentee);
    }

    /** Fills {@code out} (indexed by Factor ordinal) with the factor values 0..1. */
    void values(Compact mentor, Compact mentee, boolean peer, double[] out) {
        cheapValues(mentor, mentee, peer, out);
        costlyValues(mentor, mentee, out);
    }

    /** Stage, goals, format/location and load: a few comparisons each. */
    static void cheapValues(Compact mentor, Compact mentee, boolean peer, double[] out) {
        out[1] = stage(mentor.stage, mentee.stage, peer);
        out[2] = mentee.answers.isEmpty() ? goals(mentor.goals, mentee.goals)
                : goals(mentor.goals, mentee.goals, mentor.answers, mentee.answers);
        out[4] = formatLocation(mentor, mentee);
        out[5] = mentor.capacity == 0 ? 0 : (double) (mentor.capacity - mentor.activeMentees) / mentor.capacity;
    }

    /** Skill fit and availability: loops over skills and windows. */
    void costlyValues(Compact mentor, Compact mentee, double[] out) {
        out[0] = skill(mentor, mentee);
        out[3] = Math.min(1.0, (double) WeeklyHours.overlapMinutes(mentor.hours, mentee.hours) / TARGET_OVERLAP_MINUTES);
    }

    static int points(double[] values, int[] maxTenths) {
        int sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += pointsTenths(values[i], maxTenths[i]);
        }
        return sum;
    }

    static int pointsTenths(double value, int maxTenths) {
        return (int) Math.round(value * maxTenths);
    }

    /** Mean over the wanted skills of the best credit any taught skill earns for it. */
    double skill(Compact mentor, Compact mentee) {
        int wanted = mentee.learnIds.length;
        if (wanted == 0) {
            return 0;
        }
        double sum = 0;
        for (int w = 0; w < wanted; w++) {
            sum += credit(mentor, mentee.learnIds[w], mentee.learnLevels[w]);
        }
        return sum / wanted;
    }

    /** Relation (1, 0.5, 0.25) times the share of the target level reached (1 at or above the target). */
    double credit(Compact mentor, int wantedSkill, int target) {
        double best = 0;
        for (int t = 0; t < mentor.teachIds.length; t++) {
            double relation = graph.relation(mentor.teachIds[t], wantedSkill);
            if (relation > 0) {
                best = Math.max(best, relation * Math.min(1.0, (double) mentor.teachLevels[t] / target));
            }
        }
        return best;
    }

    static double stage(int mentorStage, int menteeStage, boolean peer) {
        int gap = mentorStage - menteeStage;
        if (peer) {
            return PEER_STAGE_CURVE[Math.abs(gap)];
        }
        return gap < 0 ? 0 : MENTOR_STAGE_CURVE[gap];
    }

    /** Share of the mentee's goals the mentor lists too. */
    static double goals(int mentorGoals, int menteeGoals) {
        if (menteeGoals == 0) {
            return UNKNOWN;
        }
        return (double) Integer.bitCount(mentorGoals & menteeGoals) / Integer.bitCount(menteeGoals);
    }

    /** Inside a program: shared goals and same answers to its matching questions, over the mentee's goals and answers. */
    static double goals(int mentorGoals, int menteeGoals, Set<String> mentorAnswers, Set<String> menteeAnswers) {
        int wanted = Integer.bitCount(menteeGoals) + menteeAnswers.size();
        if (wanted == 0) {
            return UNKNOWN;
        }
        return (double) (Integer.bitCount(mentorGoals & menteeGoals) + sharedAnswers(mentorAnswers, menteeAnswers))
                / wanted;
    }

    static int sharedAnswers(Set<String> mentorAnswers, Set<String> menteeAnswers) {
        int shared = 0;
        for (String answer : menteeAnswers) {
            if (mentorAnswers.contains(answer)) {
                shared++;
            }
        }
        return shared;
    }

    static final int REMOTE = (1 << Format.VIDEO.ordinal()) | (1 << Format.CHAT.ordinal());
    static final int IN_PERSON = 1 << Format.IN_PERSON.ordinal();

    /** 1 for a shared remote format or in person in the same city, 0.5 in person in the same country, else 0. */
    static double formatLocation(Compact a, Compact b) {
        if (a.formats == 0 || b.formats == 0) {
            return UNKNOWN;
        }
        int shared = a.formats & b.formats;
        if ((shared & REMOTE) != 0) {
            return 1.0;
        }
        if ((shared & IN_PERSON) != 0) {
            if (sameCountry(a, b)) {
                return a.city != null && a.city.equalsIgnoreCase(b.city) ? 1.0 : 0.5;
            }
        }
        return 0;
    }

    static boolean sameCountry(Compact a, Compact b) {
        return a.country != null && a.country.equalsIgnoreCase(b.country);
    }
}
