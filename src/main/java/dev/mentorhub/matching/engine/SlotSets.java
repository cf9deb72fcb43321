package dev.mentorhub.matching.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link CandidateIndex}'s bit sets over slots (plain {@code long[]} words, bit {@code slot % 64} of word
 * {@code slot / 64}): who teaches and who wants each skill, who speaks each language, who is an open mentor (mentor,
 * active, free place) and who a mentee, and the sets the query bounds read 64 candidates at a time (stage, goals,
 * free hours, number of wanted skills).
 */
final class SlotSets {

    /** Wanted-skill counts told apart by bit sets: 1, 2, 3, and 4 or more. */
    static final int WANT_BUCKETS = 4;

    private final SkillGraph graph;
    private int words;
    final long[][] teachers;
    /** Per skill: who teaches its parent or one of its children; and who teaches one of its siblings. */
    final long[][] nearTeachers;
    final long[][] siblingTeachers;
    final long[][] learners;
    final Map<String, long[]> speakers = new HashMap<>();
    long[] openMentors;
    long[] mentees;
    /** Who is at each career stage; who has each goal; who has no goal at all. */
    final long[][] atStage;
    final long[][] withGoal;
    long[] withoutGoals;
    /** Per UTC hour of the reference week: who is free for some of it. */
    final long[][] freeInHour;
    /** Who wants exactly 1, 2, 3, and 4 or more skills. */
    final long[][] wantingCount;

    SlotSets(SkillGraph graph, int words) {
        this.graph = graph;
        this.words = words;
        int skills = graph.size();
        teachers = new long[skills][words];
        nearTeachers = new long[skills][words];
        siblingTeachers = new long[skills][words];
        learners = new long[skills][words];
        openMentors = new long[words];
        mentees = new long[words];
        atStage = new long[Stage.COUNT][words];
        withGoal = new long[Goal.values().length][words];
        withoutGoals = new long[words];
        wantingCount = new long[WANT_BUCKETS][words];
        freeInHour = new long[WeekBits.HOURS][words];
    }

    static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    static int wantBucket(int wanted) {
        return Math.min(wanted, WANT_BUCKETS) - 1;
    }

    static boolean isOpenMentor(Compact c) {
        return c.is(Compact.MENTOR) && c.active && c.hasFreePlace();
    }

    void grow(int newWords) {
        words = newWords;
        grow(teachers);
        grow(nearTeachers);
        grow(siblingTeachers);
        grow(learners);
        speakers.replaceAll((language, set) -> Arrays.copyOf(set, newWords));
        openMentors = Arrays.copyOf(openMentors, newWords);
        mentees = Arrays.copyOf(mentees, newWords);
        grow(atStage);
        grow(withGoal);
        withoutGoals = Arrays.copyOf(withoutGoals, newWords);
        grow(wantingCount);
        grow(freeInHour);
    }

    private void grow(long[][] sets) {
        for (int s = 0; s < sets.length; s++) {
            sets[s] = Arrays.copyOf(sets[s], words);
        }
    }

    void add(int slot, Compact c) {
        for (int skill : c.teachIds) {
            set(teachers[skill], slot, true);
            markRelated(skill, slot, true);
        }
        for (int skill : c.learnIds) {
            set(learners[skill], slot, true);
        }
        for (String language : c.languages) {
            set(speakers.computeIfAbsent(language, l -> new long[words]), slot, true);
        }
        set(openMentors, slot, isOpenMentor(c));
        set(mentees, slot, c.is(Compact.MENTEE));
        set(atStage[c.stage], slot, true);
        markGoals(c.goals, slot, true);
        if (c.learnIds.length > 0) {
            set(wantingCount[wantBucket(c.learnIds.length)], slot, true);
        }
        for (int h : WeekBits.hoursTouched(c.hours)) {
            set(freeInHour[h], slot, true);
        }
    }

    /** Clears the slot from every set, given its packed taught and wanted skills and its traits. */
    void remove(int slot, int[] taught, int[] wanted, long traits) {
        for (int packed : taught) {
            set(teachers[packed / SlotColumns.LEVELS], slot, false);
            markRelated(packed / SlotColumns.LEVELS, slot, false);
        }
        for (int packed : wanted) {
            set(learners[packed / SlotColumns.LEVELS], slot, false);
        }
        for (long[] set : speakers.values()) {
            set(set, slot, false);
        }
        set(openMentors, slot, false);
        set(mentees, slot, false);
        set(atStage[Traits.stage(traits)], slot, false);
        markGoals(Traits.goals(traits), slot, false);
        for (long[] set : wantingCount) {
            set(set, slot, false);
        }
        for (long[] set : freeInHour) {
            set(set, slot, false);
        }
    }

    private void markGoals(int goalMask, int slot, boolean value) {
        set(withoutGoals, slot, value && goalMask == 0);
        for (int g = 0; g < withGoal.length; g++) {
            if ((goalMask >>> g & 1) != 0) {
                set(withGoal[g], slot, value);
            }
        }
    }

    /** Sets or clears the slot's bit in the near/sibling teacher sets of every skill related to a taught one. */
    private void markRelated(int taught, int slot, boolean value) {
        for (int other : graph.related(taught)) {
            double relation = graph.relation(taught, other);
            if (relation == SkillGraph.PARENT_OR_CHILD) {
                set(nearTeachers[other], slot, value);
            } else if (relation == SkillGraph.SIBLING) {
                set(siblingTeachers[other], slot, value);
            }
        }
    }

    private static void set(long[] bits, int slot, boolean value) {
        if (value) {
            bits[slot >>> 6] |= 1L << slot;
        } else {
            bits[slot >>> 6] &= ~(1L << slot);
        }
    }
}
