package dev.mentorhub.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Scores and explains pairs. Availability is compared in one concrete reference week (any date in it), so daylight
 * saving time is handled as it is in that week; the caller passes the current week.
 */
public final class MatchEngine {

    private final Scoring scoring;
    private final Explainer explainer;
    private final LocalDate monday;

    public MatchEngine(SkillGraph graph, IntFunction<String> skillName, LocalDate referenceWeek) {
        this.scoring = new Scoring(graph);
        this.monday = WeeklyHours.mondayOf(referenceWeek);
        this.explainer = new Explainer(scoring, skillName, monday);
    }

    public LocalDate referenceMonday() {
        return monday;
    }

    /** The mentee's view of {@code mentor}: the first failing hard filter, or the score with its breakdown. */
    public MatchResult evaluate(Person mentor, Person mentee, Weights weights) {
        return evaluate(mentor, mentee, weights, ProgramRules.NONE);
    }

    /** As above inside a program, whose rules are hard filters too (checked after the engine's own). */
    public MatchResult evaluate(Person mentor, Person mentee, Weights weights, ProgramRules rules) {
        return evaluate(prepare(mentor), prepare(mentee), weights, rules);
    }

    /** As above for people prepared once, so one of them can be evaluated against many without re-preparing. */
    public MatchResult evaluate(Prepared mentor, Prepared mentee, Weights weights, ProgramRules rules) {
        return evaluate(mentor, mentee, weights, rules, false);
    }

    /**
     * A person in the engine's compact form (skills by dense id, weekly windows in UTC minutes of the reference week):
     * preparing is the costly part of an evaluation, so callers that compare one person with many prepare them once.
     */
    public static final class Prepared {

        private final Person person;
        private final Compact compact;

        private Prepared(Person person, Compact compact) {
            this.person = person;
            this.compact = compact;
        }

        public Person person() {
            return person;
        }
    }

    public Prepared prepare(Person person) {
        return new Prepared(person, compile(person));
    }

    /** A reciprocal exchange, scored in both directions with the peer stage curve. Symmetric in a and b. */
    public PeerMatch evaluatePeers(Person a, Person b, Weights weights) {
        return evaluatePeers(a, b, weights, ProgramRules.NONE);
    }

    /** As above inside a program, with its rules. */
    public PeerMatch evaluatePeers(Person a, Person b, Weights weights, ProgramRules rules) {
        return evaluatePeers(prepare(a), prepare(b), weights, rules);
    }

    /** As above for people prepared once. */
    public PeerMatch evaluatePeers(Prepared a, Prepared b, Weights weights, ProgramRules rules) {
        return new PeerMatch(evaluate(a, b, weights, rules, true), evaluate(b, a, weights, rules, true));
    }

    private MatchResult evaluate(Prepared preparedMentor, Prepared preparedMentee, Weights weights, ProgramRules rules,
            boolean peer) {
        Person mentor = preparedMentor.person;
        Person mentee = preparedMentee.person;
        Compact m = preparedMentor.compact;
        Compact e = preparedMentee.compact;
        FilterReason reason = Scoring.filter(m, e, peer, rules);
        double[] values = new double[Factor.values().length];
        if (reason == null) {
            scoring.values(m, e, peer, values);
            if (values[Factor.SKILL.ordinal()] == 0) {
                reason = FilterReason.NO_RELATED_SKILL;
            }
        }
        if (reason != null) {
            return new MatchResult(mentor.id(), mentee.id(), reason, null);
        }
        int[] max = weights.maxTenths();
        List<FactorScore> lines = new ArrayList<>();
        for (Factor f : Factor.values()) {
            int i = f.ordinal();
            Reason why = explainer.reason(f, m, e, mentee.zone(), peer);
            lines.add(new FactorScore(f, values[i], weights.normalised(f), Scoring.pointsTenths(values[i], max[i]),
                    explainer.english(why), why));
        }
        return new MatchResult(mentor.id(), mentee.id(), null, new Breakdown(lines));
    }

    Compact compile(Person p) {
        return new Compact(p, scoring.graph(), monday);
    }

    Scoring scoring() {
        return scoring;
    }
}
