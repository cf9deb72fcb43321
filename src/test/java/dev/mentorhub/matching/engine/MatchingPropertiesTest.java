package dev.mentorhub.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MatchingPropertiesTest {

    private static final MatchEngine ENGINE = Population.engine();

    @Provide
    Arbitrary<List<Person>> pairs() {
        return Arbitraries.longs().map(seed -> Population.generate(2, seed));
    }

    @Provide
    Arbitrary<Weights> weights() {
        Arbitrary<Double> w = Arbitraries.doubles().between(0, 1);
        return w.list().ofSize(6).filter(l -> l.stream().mapToDouble(Double::doubleValue).sum() > 0.01)
                .map(l -> new Weights(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5)));
    }

    @Property
    void peerScoresAreSymmetric(@ForAll("pairs") List<Person> pair, @ForAll("weights") Weights w) {
        Person a = bothRoles(pair.get(0));
        Person b = bothRoles(pair.get(1));
        assertThat(ENGINE.evaluatePeers(a, b, w).scoreTenths()).isEqualTo(ENGINE.evaluatePeers(b, a, w).scoreTenths());
    }

    @Property
    void scoresStayWithinZeroToHundred(@ForAll("pairs") List<Person> pair, @ForAll("weights") Weights w) {
        assertThat(ENGINE.evaluate(pair.get(0), pair.get(1), w).score()).isBetween(0.0, 100.0);
        assertThat(ENGINE.evaluatePeers(pair.get(0), pair.get(1), w).score()).isBetween(0.0, 100.0);
    }

    @Property
    void wantingASkillTheMentorTeachesWellNeverLowersTheScore(@ForAll("pairs") List<Person> pair,
            @ForAll("weights") Weights w) {
        Person mentor = pair.get(0);
        Person mentee = pair.get(1);
        for (Map.Entry<Integer, Integer> taught : mentor.teach().entrySet()) {
            if (mentee.learn().containsKey(taught.getKey())) {
                continue;
            }
            Map<Integer, Integer> learn = new HashMap<>(mentee.learn());
            learn.put(taught.getKey(), taught.getValue());
            Person wantsMore = withLearn(mentee, learn);
            MatchResult before = ENGINE.evaluate(mentor, mentee, w);
            MatchResult after = ENGINE.evaluate(mentor, wantsMore, w);
            assertThat(after.scoreTenths()).isGreaterThanOrEqualTo(before.scoreTenths());
            if (before.passed()) {
                assertThat(after.breakdown().get(Factor.SKILL).value())
                        .isGreaterThanOrEqualTo(before.breakdown().get(Factor.SKILL).value());
            }
        }
    }

    private static Person bothRoles(Person p) {
        return new Person(p.id(), p.stage(), java.util.EnumSet.allOf(Role.class), p.teach(), p.learn(), p.goals(),
                p.languages(), p.zone(), p.availability(), p.formats(), p.country(), p.city(), p.capacity(),
                p.activeMentees(), p.active(), p.blocked(), p.excluded());
    }

    private static Person withLearn(Person p, Map<Integer, Integer> learn) {
        return new Person(p.id(), p.stage(), p.roles(), p.teach(), learn, p.goals(), p.languages(), p.zone(),
                p.availability(), p.formats(), p.country(), p.city(), p.capacity(), p.activeMentees(), p.active(),
                p.blocked(), p.excluded());
    }
}
