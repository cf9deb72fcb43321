package dev.mentorhub.matching.engine;

import static dev.mentorhub.matching.engine.PersonBuilder.mentee;
import static dev.mentorhub.matching.engine.PersonBuilder.mentor;
import static dev.mentorhub.matching.engine.TestSkills.PYTORCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    private static final MatchEngine ENGINE = Population.engine();
    private static final List<Person> PEOPLE = Population.generate(3000, 11);
    private static final CandidateIndex INDEX = new CandidateIndex(ENGINE, PEOPLE);

    /** Scores every pair with evaluate() and ranks them the same way the index does. */
    private static List<Suggestion> bruteForce(Person asking, int k, Weights w, BiFunction<Person, Person, MatchResult> pair) {
        return bruteForce(PEOPLE, asking, k, w, pair);
    }

    private static List<Suggestion> bruteForce(List<Person> people, Person asking, int k, Weights w,
            BiFunction<Person, Person, MatchResult> pair) {
        return people.stream()
                .map(other -> new Object[] {other, pair.apply(other, asking)})
                .filter(o -> ((MatchResult) o[1]).passed())
                .map(o -> {
                    UUID id = ((Person) o[0]).id();
                    int score = ((MatchResult) o[1]).scoreTenths();
                    return new TopK.Entry(TopK.rankKey(asking.id(), id, score), id, score);
                })
                .sorted(TopK.ORDER)
                .limit(k)
                .map(e -> new Suggestion(e.id(), e.scoreTenths()))
                .toList();
    }

    @Test
    void topMentorsEqualBruteForce() {
        int checked = 0;
        for (Person p : PEOPLE.subList(0, 150)) {
            if (p.is(Role.MENTEE)) {
                for (Weights w : List.of(Weights.DEFAULT, new Weights(0.1, 0, 0, 0.6, 0, 0.3))) {
                    assertThat(INDEX.topMentorsFor(p, 10, w))
                            .isEqualTo(bruteForce(p, 10, w, (other, me) -> ENGINE.evaluate(other, me, w)));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void topMenteesEqualBruteForce() {
        int checked = 0;
        for (Person p : PEOPLE.subList(0, 150)) {
            if (p.is(Role.MENTOR)) {
                List<Suggestion> top = INDEX.topMenteesFor(p, 10, Weights.DEFAULT);
                assertThat(top).isEqualTo(bruteForce(p, 10, Weights.DEFAULT,
                        (other, me) -> ENGINE.evaluate(me, other, Weights.DEFAULT)));
                checked += top.isEmpty() ? 0 : 1;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    /**
     * Windows off the quarter hours (kept as exact minutes, not in the bit mask), in person as the only format,
     * long skill lists, no goals or many, capacities beyond what the packed traits hold, and slots reused after removals by
     * people whose stage and goals changed: still the brute-force result, also with weights that favour stage and goals.
     */
    @Test
    void oddMinutesInPersonOnlyAndReusedSlotsEqualBruteForce() {
        List<Person> people = new ArrayList<>();
        List<Person> generated = Population.generate(1200, 23);
        for (int i = 0; i < generated.size(); i++) {
            Person p = generated.get(i);
            List<Window> windows = i % 3 == 0 ? p.availability().stream()
                    .map(w -> new Window(w.day(), w.startMinute() + 7, w.endMinute())).toList() : p.availability();
            Set<Format> formats = i % 4 == 0 ? EnumSet.of(Format.IN_PERSON) : p.formats();
            // More skills than the index keeps inline for some: the overflow column.
            Map<Integer, Integer> teach = new HashMap<>(p.teach());
            Map<Integer, Integer> learn = new HashMap<>(p.learn());
            if (i % 7 == 0) {
                for (int s = 1; s < Population.SKILLS; s += 5) {
                    teach.putIfAbsent(s, 3 + s % 3);
                    learn.putIfAbsent(s + 1, 2 + s % 4);
                }
            }
            Set<Goal> goals = i % 11 == 0 ? Set.of() : i % 13 == 0 ? EnumSet.range(Goal.CAREER_GROWTH, Goal.LEADERSHIP)
                    : p.goals();
            int capacity = i % 9 == 0 ? 40 : p.capacity();
            int active = i % 9 == 0 ? 31 + i % 5 : p.activeMentees();
            people.add(new Person(p.id(), p.stage(), p.roles(), p.roles().contains(Role.MENTOR) ? teach : p.teach(),
                    p.roles().contains(Role.MENTEE) ? learn : p.learn(), goals, p.languages(), p.zone(),
                    windows, formats, p.country(), i % 8 == 0 ? p.city().toUpperCase() : p.city(), capacity,
                    active, p.active(), p.blocked(), p.excluded()));
        }
        CandidateIndex index = new CandidateIndex(ENGINE, List.of());
        people.forEach(index::upsert);
        for (int i = 0; i < people.size(); i += 5) {
            index.remove(people.get(i).id());
        }
        for (int i = 0; i < people.size(); i += 5) {
            Person p = people.get(i);
            Person changed = new Person(p.id(), (p.stage() + 2) % Stage.COUNT, p.roles(), p.teach(), p.learn(),
                    i % 2 == 0 ? EnumSet.of(Goal.LEADERSHIP, Goal.NETWORKING) : Set.of(), p.languages(), p.zone(),
                    p.availability(), p.formats(), p.country(), p.city(), p.capacity(), p.activeMentees(), p.active(),
                    p.blocked(), p.excluded());
            people.set(i, changed);
            index.upsert(changed);
        }
        int checked = 0;
        for (Weights w : List.of(Weights.DEFAULT, new Weights(0.1, 0.3, 0.3, 0.1, 0.1, 0.1))) {
            for (Person p : people.subList(0, 120)) {
                if (p.is(Role.MENTEE)) {
                    assertThat(index.topMentorsFor(p, 10, w)).isEqualTo(bruteForce(people, p, 10, w,
                            (other, me) -> ENGINE.evaluate(other, me, w)));
                    checked++;
                }
                if (p.is(Role.MENTOR)) {
                    assertThat(index.topMenteesFor(p, 10, w)).isEqualTo(bruteForce(people, p, 10, w,
                            (other, me) -> ENGINE.evaluate(me, other, w)));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    /**
     * Everyone with four to eight goals and four to seven skills to teach and to learn, most of them within two areas:
     * the index's groups for "three or more" shared goals and "four or more" wanted skills with exact matches are the
     * common case here, not the exception. Still the brute-force result.
     */
    @Test
    void manyGoalsAndManySkillsEqualBruteForce() {
        Random random = new Random(5);
        List<Person> people = new ArrayList<>();
        for (Person p : Population.generate(1500, 31)) {
            Set<Goal> goals = EnumSet.noneOf(Goal.class);
            for (int g = 4 + random.nextInt(5); goals.size() < g; ) {
                goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
            }
            people.add(new Person(p.id(), p.stage(), p.roles(), p.is(Role.MENTOR) ? manySkills(random) : Map.of(),
                    p.is(Role.MENTEE) ? manySkills(random) : Map.of(), goals, p.languages(), p.zone(), p.availability(),
                    p.formats(), p.country(), p.city(), p.capacity(), p.activeMentees(), p.active(), p.blocked(),
                    p.excluded()));
        }
        CandidateIndex index = new CandidateIndex(ENGINE, people);
        int checked = 0;
        for (Person p : people.subList(0, 100)) {
            if (p.is(Role.MENTEE)) {
                assertThat(index.topMentorsFor(p, 10, Weights.DEFAULT)).isEqualTo(bruteForce(people, p, 10,
                        Weights.DEFAULT, (other, me) -> ENGINE.evaluate(other, me, Weights.DEFAULT)));
                checked++;
            }
            if (p.is(Role.MENTOR)) {
                assertThat(index.topMenteesFor(p, 10, Weights.DEFAULT)).isEqualTo(bruteForce(people, p, 10,
                        Weights.DEFAULT, (other, me) -> ENGINE.evaluate(me, other, Weights.DEFAULT)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(90);
    }

    /** Four to seven skills from the first two areas, at levels 3 to 5. */
    private static Map<Integer, Integer> manySkills(Random random) {
        Map<Integer, Integer> skills = new HashMap<>();
        for (int n = 4 + random.nextInt(4); skills.size() < n; ) {
            skills.put(random.nextInt(2 * (Population.PER_AREA + 1)), 3 + random.nextInt(3));
        }
        return skills;
    }

    @Test
    void upsertAndRemoveKeepTheIndexCurrent() {
        MatchEngine engine = TestSkills.engine();
        Person asking = mentee().learn(PYTORCH, 3).build();
        Person m = mentor().teach(PYTORCH, 5).build();
        CandidateIndex index = new CandidateIndex(engine, List.of(asking, m));
        assertThat(index.topMentorsFor(asking, 5, Weights.DEFAULT)).extracting(Suggestion::candidateId)
                .containsExactly(m.id());

        index.upsert(mentor().id(m.id()).teach(PYTORCH, 5).capacity(1, 1).build());
        assertThat(index.topMentorsFor(asking, 5, Weights.DEFAULT)).isEmpty();

        Person other = mentor().teach(PYTORCH, 4).build();
        index.upsert(other);
        index.upsert(mentor().id(m.id()).teach(PYTORCH, 5).languages("de", "en").build());
        assertThat(index.topMentorsFor(asking, 5, Weights.DEFAULT)).extracting(Suggestion::candidateId)
                .containsExactlyInAnyOrder(m.id(), other.id());

        index.remove(m.id());
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.topMentorsFor(asking, 5, Weights.DEFAULT)).extracting(Suggestion::candidateId)
                .containsExactly(other.id());
    }

    @Test
    void mentorsWithTheSameScoreAreShownFirstToDifferentMentees() {
        MatchEngine engine = TestSkills.engine();
        List<Person> mentors = IntStream.range(0, 5).mapToObj(i -> mentor().teach(PYTORCH, 5).build()).toList();
        List<Person> mentees = IntStream.range(0, 40).mapToObj(i -> mentee().learn(PYTORCH, 3).build()).toList();
        CandidateIndex index = new CandidateIndex(engine, mentors);
        Set<UUID> shownFirst = new HashSet<>();
        for (Person m : mentees) {
            List<Suggestion> top = index.topMentorsFor(m, 5, Weights.DEFAULT);
            assertThat(top).hasSize(5);
            assertThat(index.topMentorsFor(m, 5, Weights.DEFAULT)).isEqualTo(top);
            shownFirst.add(top.get(0).candidateId());
        }
        assertThat(shownFirst).hasSize(5);
    }
}
