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
    /** {@link #formats} when in person is the only shared format, so the place decides: see {@link #place}. */
    static final double BY_PLACE = -1;

    /** Factor ordinals, the indexes of the value and points arrays. */
    static final int SKILL = Factor.SKILL.ordinal();
    static final int STAGE = Factor.STAGE.ordinal();
    static final int GOALS = Factor.GOALS.ordinal();
    static final int AVAILABILITY = Factor.AVAILABILITY.ordinal();
    static final int FORMAT_LOCATION = Factor.FORMAT_LOCATION.ordinal();
    static final int LOAD = Factor.LOAD.ordinal();

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
        out[STAGE] = stage(mentor.stage, mentee.stage, peer);
        out[GOALS] = mentee.answers.isEmpty() ? goals(mentor.goals, mentee.goals)
                : goals(mentor.goals, mentee.goals, mentor.answers, mentee.answers);
        out[FORMAT_LOCATION] = formatLocation(mentor, mentee);
        out[LOAD] = load(mentor.capacity, mentor.activeMentees);
    }

    /** Skill fit and availability: loops over skills and windows. */
    void costlyValues(Compact mentor, Compact mentee, double[] out) {
        out[SKILL] = skill(mentor, mentee);
        out[AVAILABILITY] = availability(WeeklyHours.overlapMinutes(mentor.hours, mentee.hours));
    }

    /** The share of the target overlap reached by this many shared minutes a week. */
    static double availability(int overlapMinutes) {
        return Math.min(1.0, (double) overlapMinutes / TARGET_OVERLAP_MINUTES);
    }

    /** The mentor's free share of their capacity; 0 without capacity. */
    static double load(int capacity, int activeMentees) {
        return capacity == 0 ? 0 : (double) (capacity - activeMentees) / capacity;
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
                best = Math.max(best, credit(relation, mentor.teachLevels[t], target));
            }
        }
        return best;
    }

    /** The credit one taught skill at {@code level} earns for a wanted skill at {@code target}, related by this much. */
    static double credit(double relation, int level, int target) {
        return relation * Math.min(1.0, (double) level / target);
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
        return goalShare(Integer.bitCount(mentorGoals & menteeGoals), Integer.bitCount(menteeGoals));
    }

    /** {@code shared} of the mentee's {@code wanted} goals (and answers); unknown when the mentee has none. */
    static double goalShare(int shared, int wanted) {
        return wanted == 0 ? UNKNOWN : (double) shared / wanted;
    }

    /** Inside a program: shared goals and same answers to its matching questions, over the mentee's goals and answers. */
    static double goals(int mentorGoals, int menteeGoals, Set<String> mentorAnswers, Set<String> menteeAnswers) {
        return goalShare(Integer.bitCount(mentorGoals & menteeGoals) + sharedAnswers(mentorAnswers, menteeAnswers),
                Integer.bitCount(menteeGoals) + menteeAnswers.size());
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
        double value = formats(a.formats, b.formats);
        return value == BY_PLACE ? place(a.country, a.city, b.country, b.city) : value;
    }

    /** {@link #formatLocation} from the format masks alone; {@link #BY_PLACE} when in person is all they share. */
    static double formats(int aFormats, int bFormats) {
        if (aFormats == 0 || bFormats == 0) {
            return UNKNOWN;
        }
        int shared = aFormats & bFormats;
        if ((shared & REMOTE) != 0) {
            return 1.0;
        }
        return (shared & IN_PERSON) != 0 ? BY_PLACE : 0;
    }

    /** Meeting in person: 1 in the same city, 0.5 in the same country, else 0. */
    static double place(String aCountry, String aCity, String bCountry, String bCity) {
        if (aCountry != null && aCountry.equalsIgnoreCase(bCountry)) {
            return aCity != null && aCity.equalsIgnoreCase(bCity) ? 1.0 : 0.5;
        }
        return 0;
    }

    static boolean sameCountry(Compact a, Compact b) {
        return a.country != null && a.country.equalsIgnoreCase(b.country);
    }
}
