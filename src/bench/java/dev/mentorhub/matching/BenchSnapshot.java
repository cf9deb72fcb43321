package dev.mentorhub.matching;

import dev.mentorhub.matching.PersonLoader.Card;
import dev.mentorhub.matching.PersonLoader.Loaded;
import dev.mentorhub.matching.PersonLoader.Taxonomy;
import dev.mentorhub.matching.engine.CandidateIndex;
import dev.mentorhub.matching.engine.MatchEngine;
import dev.mentorhub.matching.engine.Person;
import dev.mentorhub.matching.engine.Population;
import dev.mentorhub.matching.engine.SkillGraph;
import dev.mentorhub.matching.engine.Window;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the running app keeps for suggestions, built outside Quarkus: a {@link MatchingIndex.Snapshot} made by the
 * same {@link MatchingIndex.Snapshot#of} as {@code MatchingIndex.rebuild()}, over {@link Population} people made the
 * way {@code PersonLoader} makes them (every string its own copy, as read from the database, a zone and windows per
 * person) and a card each (a display name and a headline of demo-data length). For {@code IndexMemory}.
 */
public final class BenchSnapshot {

    private static final String[] FIRST = {"Alex", "Maria", "Wei", "Priya", "Jonas", "Aiko", "Lucas", "Amara"};
    private static final String[] LAST = {"Johnson", "Garcia", "Zhang", "Sharma", "Becker", "Tanaka", "Silva", "Okafor"};
    private static final String[] TITLES = {"PhD student", "Junior machine learning engineer", "Data scientist",
        "Senior machine learning engineer", "Staff engineer", "Director of data science"};
    private static final String[] AREAS = {"natural language processing", "computer vision", "mlops",
        "recommender systems", "data engineering"};

    private final MatchingIndex.Snapshot snapshot;
    /** Time to build the snapshot from the loaded profiles (not counting making them). */
    public final long buildMillis;

    private BenchSnapshot(MatchingIndex.Snapshot snapshot, long buildMillis) {
        this.snapshot = snapshot;
        this.buildMillis = buildMillis;
    }

    public static BenchSnapshot build(int people, long seed) {
        SkillGraph graph = Population.graph();
        String[] names = new String[graph.size()];
        Map<Long, Integer> dense = new HashMap<>();
        for (int s = 0; s < names.length; s++) {
            names[s] = "skill-" + s;
            dense.put((long) s + 1, s);
        }
        Taxonomy taxonomy = new Taxonomy(graph, Map.copyOf(dense), names, names);
        MatchEngine engine = Population.engine();
        List<Loaded> loaded = new ArrayList<>(people);
        Population.generate(people, seed, p -> loaded.add(new Loaded(asLoaded(p), card(loaded.size()), true, true)));
        long start = System.nanoTime();
        MatchingIndex.Snapshot snapshot = MatchingIndex.Snapshot.of(taxonomy, engine, loaded);
        return new BenchSnapshot(snapshot, (System.nanoTime() - start) / 1_000_000);
    }

    public int size() {
        return snapshot.index().size();
    }

    /** A second index over the same persons: what the index alone takes (it keeps no reference to them). */
    public CandidateIndex anotherIndex() {
        return new CandidateIndex(snapshot.engine(), snapshot.persons().values());
    }

    /** A second card map with equal cards of their own: what the cards alone take. */
    public Map<UUID, ?> anotherCardMap() {
        Map<UUID, Card> copy = new ConcurrentHashMap<>();
        snapshot.cards().forEach((id, card) -> copy.put(id, new Card(own(card.displayName()), own(card.headline()))));
        return copy;
    }

    /** As {@code PersonLoader.Draft.toLoaded()} builds it: fresh strings, collections, zone and windows. */
    private static Person asLoaded(Person p) {
        Set<String> languages = new HashSet<>();
        for (String language : p.languages()) {
            languages.add(own(language));
        }
        List<Window> windows = new ArrayList<>();
        for (Window w : p.availability()) {
            windows.add(new Window(w.day(), w.startMinute(), w.endMinute()));
        }
        return new Person(p.id(), p.stage(), p.roles(), new HashMap<>(p.teach()), new HashMap<>(p.learn()), p.goals(),
                languages, ZoneId.of(p.zone().getId()), windows, p.formats(), own(p.country()), own(p.city()),
                p.capacity(), p.activeMentees(), p.active(), Set.copyOf(p.blocked()), Set.copyOf(p.excluded()));
    }

    private static Card card(int n) {
        String name = FIRST[n % FIRST.length] + " " + LAST[n / FIRST.length % LAST.length];
        String headline = TITLES[n % TITLES.length] + " · " + AREAS[n % AREAS.length];
        return new Card(own(name), own(headline));
    }

    private static String own(String s) {
        return s == null ? null : new String(s.toCharArray());
    }
}
