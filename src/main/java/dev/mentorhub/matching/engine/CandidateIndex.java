package dev.mentorhub.matching.engine;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory candidate index for top-k suggestions. Each person is kept compiled ({@link Compact}); bit sets hold
 * who is an open mentor (mentor, active, free place), who is a mentee, and who speaks each language; posting lists
 * map each skill to the people who teach it and who want it. A query ORs the postings of every skill related to
 * what is asked (so partial credit through the taxonomy is found), ANDs the language and role sets, and scores only
 * those candidates with the same formulas as {@link MatchEngine#evaluate}, keeping the best k.
 * <p>
 * Queries may run concurrently; {@link #upsert} and {@link #remove} take a write lock.
 */
public final class CandidateIndex {

    private final MatchEngine engine;
    private final Scoring scoring;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private final IntList[] teachers;
    private final IntList[] learners;
    private final Map<String, BitSet> speakers = new HashMap<>();
    private final BitSet openMentors = new BitSet();
    private final BitSet mentees = new BitSet();
    private Compact[] slots = new Compact[16];
    private int used;

    public CandidateIndex(MatchEngine engine, Collection<Person> persons) {
        this.engine = engine;
        this.scoring = engine.scoring();
        int skills = scoring.graph().size();
        teachers = new IntList[skills];
        learners = new IntList[skills];
        for (int s = 0; s < skills; s++) {
            teachers[s] = new IntList();
            learners[s] = new IntList();
        }
        slots = new Compact[Math.max(16, persons.size())];
        persons.forEach(this::add);
        for (int s = 0; s < skills; s++) {
            teachers[s].trim();
            learners[s].trim();
        }
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
            if (!asking.is(Compact.MENTEE)) {
                return List.of();
            }
            return select(asking, asking.learnIds, teachers, openMentors, k, weights, true);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best k mentees for {@code mentor}, best first; empty when the mentor is inactive or full. */
    public List<Suggestion> topMenteesFor(Person mentor, int k, Weights weights) {
        Compact asking = engine.compile(mentor);
        lock.readLock().lock();
        try {
            if (!isOpenMentor(asking)) {
                return List.of();
            }
            return select(asking, asking.teachIds, learners, mentees, k, weights, false);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Scores in two tiers. First the candidates linked by a close skill (same, parent or child). Then those linked only
     * by siblings: their skill fit is at most {@link SkillGraph#SIBLING}, so when even a perfect score on every other
     * factor cannot reach the k-th best's whole point, the second tier is skipped without changing the result.
     */
    private List<Suggestion> select(Compact asking, int[] skills, IntList[] postings, BitSet eligible, int k,
            Weights weights, boolean askingIsMentee) {
        int[] max = weights.maxTenths();
        BitSet allowed = speakersOf(asking);
        allowed.and(eligible);
        BitSet close = postings(skills, postings, false);
        close.and(allowed);
        TopK top = new TopK(k);
        score(asking, close, max, top, askingIsMentee);
        int bound = Weights.TOTAL_TENTHS - max[0] + Scoring.pointsTenths(SkillGraph.SIBLING, max[0]);
        if (!top.accepts(TopK.bestKeyFor(bound))) {
            return top.result();
        }
        BitSet siblings = postings(skills, postings, true);
        siblings.and(allowed);
        siblings.andNot(close);
        score(asking, siblings, max, top, askingIsMentee);
        return top.result();
    }

    private void score(Compact asking, BitSet candidates, int[] max, TopK top, boolean askingIsMentee) {
        double[] values = new double[max.length];
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Compact other = slots[i];
            if (other.id.equals(asking.id) || asking.pairRule(other) != null) {
                continue;
            }
            Compact mentor = askingIsMentee ? other : asking;
            Compact mentee = askingIsMentee ? asking : other;
            Scoring.cheapValues(mentor, mentee, false, values);
            int cheap = Scoring.pointsTenths(values[1], max[1]) + Scoring.pointsTenths(values[2], max[2])
                    + Scoring.pointsTenths(values[4], max[4]) + Scoring.pointsTenths(values[5], max[5]);
            // Even full skill and availability points would not reach the k-th best: skip the costly part.
            if (!top.accepts(TopK.bestKeyFor(cheap + max[0] + max[3]))) {
                continue;
            }
            scoring.costlyValues(mentor, mentee, values);
            int score = Scoring.points(values, max);
            long key = TopK.rankKey(asking.id, other.id, score);
            if (top.accepts(key)) {
                top.offer(key, other.id, score);
            }
        }
    }

    private BitSet postings(int[] skills, IntList[] lists, boolean withSiblings) {
        BitSet out = new BitSet(used);
        for (int skill : skills) {
            for (int related : withSiblings ? scoring.graph().related(skill) : scoring.graph().close(skill)) {
                IntList list = lists[related];
                for (int i = 0, n = list.size(); i < n; i++) {
                    out.set(list.get(i));
                }
            }
        }
        return out;
    }

    private BitSet speakersOf(Compact asking) {
        BitSet out = new BitSet(used);
        for (String language : asking.languages) {
            BitSet set = speakers.get(language);
            if (set != null) {
                out.or(set);
            }
        }
        return out;
    }

    private static boolean isOpenMentor(Compact c) {
        return c.is(Compact.MENTOR) && c.active && c.hasFreePlace();
    }

    private void add(Person person) {
        Compact c = engine.compile(person);
        int slot = freeSlots.isEmpty() ? used++ : freeSlots.pop();
        if (slot >= slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        slots[slot] = c;
        slotOf.put(c.id, slot);
        for (int skill : c.teachIds) {
            teachers[skill].add(slot);
        }
        for (int skill : c.learnIds) {
            learners[skill].add(slot);
        }
        for (String language : c.languages) {
            speakers.computeIfAbsent(language, l -> new BitSet()).set(slot);
        }
        openMentors.set(slot, isOpenMentor(c));
        mentees.set(slot, c.is(Compact.MENTEE));
    }

    private void removeUnlocked(UUID id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return;
        }
        Compact c = slots[slot];
        for (int skill : c.teachIds) {
            teachers[skill].remove(slot);
        }
        for (int skill : c.learnIds) {
            learners[skill].remove(slot);
        }
        for (String language : c.languages) {
            speakers.get(language).clear(slot);
        }
        openMentors.clear(slot);
        mentees.clear(slot);
        slots[slot] = null;
        freeSlots.push(slot);
    }
}
