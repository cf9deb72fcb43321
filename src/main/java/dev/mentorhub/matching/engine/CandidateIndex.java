package dev.mentorhub.matching.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory candidate index for top-k suggestions, scoring with the same formulas as {@link MatchEngine#evaluate}.
 * Every person has a dense slot: {@link SlotColumns} holds their columns (id halves, packed {@link Traits}, skills,
 * availability as a {@link WeekBits} mask, pair rules), {@link SlotSets} the bit sets over slots (who teaches and who
 * wants each skill, who speaks each language, who is an open mentor or a mentee, by stage, goal, free hour and
 * number of wanted skills).
 * <p>
 * One query runs in four steps:
 * <ol>
 * <li><b>Filter.</b> The candidates are the slots in the posting sets of the skills asked for (taught for a mentee's
 * query, wanted for a mentor's), split into three tiers: the very skills, their parents and children, their siblings.
 * {@link #scan} ORs a tier's sets word by word, ANDs the open-mentor or mentee set and the OR of the asker's language
 * sets, and takes out the earlier tiers.</li>
 * <li><b>Bounds.</b> {@link QueryTables} precomputes the points of every value a candidate can bring by calling
 * {@link Scoring}. Per word of 64 candidates {@link Query#word} drops those that cannot reach the current k-th best
 * even with every unknown factor at full points: by stage and goal tier ({@link WordTiers}), then by skill bound with
 * goals and availability tier ({@link MentorQueryBounds} for a mentee asking, {@link MenteeQueryBounds} for a
 * mentor).</li>
 * <li><b>Pruning.</b> {@link Query#consider} scores a surviving candidate cheapest first (its one-bit skill bound,
 * then the packed traits, then the skill lists, then the exact availability overlap), stopping as soon as the best
 * it could still reach falls short of the k-th best. A skill tier that cannot beat the k-th best is not scanned.</li>
 * <li><b>Top-k.</b> {@link TopK} keeps the best k by rank key (whole points, then a per-asker hash), after the
 * self, block and exclusion checks.</li>
 * </ol>
 * Queries may run concurrently under the read lock; {@link #upsert} and {@link #remove} take the write lock.
 */
public final class CandidateIndex {

    private final MatchEngine engine;
    private final SkillGraph graph;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private final SlotColumns columns;
    private final SlotSets sets;
    private int used;

    public CandidateIndex(MatchEngine engine, Collection<Person> persons) {
        this.engine = engine;
        this.graph = engine.scoring().graph();
        int slots = Math.max(16, persons.size());
        columns = new SlotColumns(slots);
        sets = new SlotSets(graph, SlotSets.words(slots));
        persons.forEach(this::add);
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds a person or replaces the stored one with the same id. */
    public void upsert(Person person) {
        lock.writeLock().lock();
        try {
            removeUnlocked(person.id());
            add(person);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(UUID id) {
        lock.writeLock().lock();
        try {
            removeUnlocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The best k mentors for {@code mentee}, best first. */
    public List<Suggestion> topMentorsFor(Person mentee, int k, Weights weights) {
        Compact asking = engine.compile(mentee);
        lock.readLock().lock();
        try {
            if (!asking.is(Compact.MENTEE) || k == 0) {
                return List.of();
            }
            return select(asking, asking.learnIds, sets.teachers, sets.openMentors, k, weights, true);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best k mentees for {@code mentor}, best first; empty when the mentor is inactive or full. */
    public List<Suggestion> topMenteesFor(Person mentor, int k, Weights weights) {
        Compact asking = engine.compile(mentor);
        lock.readLock().lock();
        try {
            if (!SlotSets.isOpenMentor(asking) || k == 0) {
                return List.of();
            }
            return select(asking, asking.teachIds, sets.learners, sets.mentees, k, weights, false);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Scores in three tiers: candidates linked by the very skill asked for, then those linked only by a parent or
     * child skill, then those linked only by a sibling. Outside the first tier the skill fit is at most
     * {@link SkillGraph#PARENT_OR_CHILD} or {@link SkillGraph#SIBLING}, so a tier in which even a perfect score on
     * every other factor cannot reach the k-th best's whole point is skipped without changing the result; the first
     * tier usually raises the k-th best far enough for that.
     */
    private List<Suggestion> select(Compact asking, int[] skills, long[][] postings, long[] eligible, int k,
            Weights weights, boolean askingIsMentee) {
        List<long[]> languages = new ArrayList<>();
        for (String language : asking.languages) {
            long[] set = sets.speakers.get(language);
            if (set != null) {
                languages.add(set);
            }
        }
        boolean[] seen = new boolean[graph.size()];
        List<long[]> exact = new ArrayList<>();
        List<long[]> close = new ArrayList<>();
        List<long[]> siblings = new ArrayList<>();
        for (int skill : skills) {
            if (!seen[skill]) {
                seen[skill] = true;
                exact.add(postings[skill]);
            }
        }
        for (int skill : skills) {
            for (int related : graph.close(skill)) {
                if (!seen[related]) {
                    seen[related] = true;
                    close.add(postings[related]);
                }
            }
        }
        for (int skill : skills) {
            for (int related : graph.related(skill)) {
                if (!seen[related]) {
                    seen[related] = true;
                    siblings.add(postings[related]);
                }
            }
        }
        long[][] langs = languages.toArray(long[][]::new);
        TopK top = new TopK(k);
        Query query = new Query(asking, askingIsMentee, weights.maxTenths(), top, graph, columns, sets);
        int words = SlotSets.words(used);
        List<long[]> earlier = new ArrayList<>();
        double[] tierBound = {SkillGraph.EXACT, SkillGraph.PARENT_OR_CHILD, SkillGraph.SIBLING};
        List<List<long[]>> tiers = List.of(exact, close, siblings);
        if (query.slicing) {
            // Mentor queries: the bit-sliced skill bound tells the tiers apart word by word, so one pass suffices.
            List<long[]> all = new ArrayList<>(exact);
            all.addAll(close);
            all.addAll(siblings);
            tiers = List.of(all);
        }
        for (int t = 0; t < tiers.size(); t++) {
            int bound = query.tables.othersMax + Scoring.pointsTenths(tierBound[t], query.tables.maxSkill);
            if (!tiers.get(t).isEmpty() && top.accepts(TopK.bestKeyFor(bound))) {
                scan(query, tiers.get(t).toArray(long[][]::new),
                        earlier.isEmpty() ? null : earlier.toArray(long[][]::new), langs, eligible, words);
            }
            earlier.addAll(tiers.get(t));
        }
        return top.result();
    }

    /** Visits every slot in (OR of include) minus (OR of exclude), AND eligible, AND (OR of languages). */
    private static void scan(Query query, long[][] include, long[][] exclude, long[][] languages, long[] eligible,
            int words) {
        for (int i = 0; i < words; i++) {
            long w = 0;
            for (long[] set : include) {
                w |= set[i];
            }
            w &= eligible[i];
            if (w == 0) {
                continue;
            }
            long spoken = 0;
            for (long[] set : languages) {
                spoken |= set[i];
            }
            w &= spoken;
            if (w != 0 && exclude != null) {
                for (long[] set : exclude) {
                    w &= ~set[i];
                }
            }
            if (w != 0) {
                w = query.word(i, w);
            }
            while (w != 0) {
                int bit = Long.numberOfTrailingZeros(w);
                w &= w - 1;
                query.consider((i << 6) | bit, bit);
            }
        }
    }

    private void add(Person person) {
        Compact c = engine.compile(person);
        int slot = freeSlots.isEmpty() ? used++ : freeSlots.pop();
        if (slot >= columns.slots) {
            int n = Math.max(slot + 1, columns.slots * 2);
            sets.grow(SlotSets.words(n));
            columns.grow(n);
        }
        slotOf.put(c.id, slot);
        columns.put(slot, c);
        sets.add(slot, c);
    }

    private void removeUnlocked(UUID id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return;
        }
        sets.remove(slot, columns.taught(slot), columns.wanted(slot), columns.traits[slot]);
        columns.clear(slot);
        freeSlots.push(slot);
    }
}
