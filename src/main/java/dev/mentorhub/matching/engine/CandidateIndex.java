package dev.mentorhub.matching.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory candidate index for top-k suggestions. People are stored in column arrays indexed by a dense slot (id
 * halves, stage, goal and format masks, capacity, packed skills, availability as a bit mask of the reference week's
 * 15-minute UTC slots); bit sets (plain {@code long[]} words) hold who is an open mentor (mentor, active, free place),
 * who is a mentee, who speaks each language, and who teaches and who wants each skill. A query ORs the bit sets of
 * every skill related to what is asked (so partial credit through the taxonomy is found), ANDs the language and role
 * sets word by word, and scores only those candidates with the same formulas as {@link MatchEngine#evaluate} (through
 * per-query lookup tables), keeping the best k.
 * <p>
 * Queries may run concurrently; {@link #upsert} and {@link #remove} take a write lock.
 */
public final class CandidateIndex {

    /** Availability granularity of the bit mask; windows off these boundaries are kept as exact minutes instead. */
    private static final int SLOT_MINUTES = 15;
    private static final int WEEK_WORDS = (WeeklyHours.WEEK / SLOT_MINUTES + 63) / 64;
    private static final int WEEK_HOURS = WeeklyHours.WEEK / 60;
    /** A skill with its level is packed as {@code skill * LEVELS + level} (levels are 1..5). */
    private static final int LEVELS = 8;
    /** Skills stored inline per slot; longer lists are kept whole in an overflow column. */
    private static final int WIDTH = 6;
    private static final int FORMAT_MASKS = 1 << Format.values().length;
    /** Bit planes of the per-candidate skill bound sums: up to 4 quarters for each of 15 wanted skills. */
    private static final int PLANES = 6;
    /** Wanted-skill counts told apart by bit sets: 1, 2, 3, and 4 or more. */
    private static final int WANT_BUCKETS = 4;

    private final MatchEngine engine;
    private final SkillGraph graph;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private final long[][] teachers;
    /** Per skill: who teaches its parent or one of its children; and who teaches one of its siblings. */
    private final long[][] nearTeachers;
    private final long[][] siblingTeachers;
    private final long[][] learners;
    private final Map<String, long[]> speakers = new HashMap<>();
    private long[] openMentors;
    private long[] mentees;
    /** Who is at each career stage; who has each goal; who has no goal at all. */
    private final long[][] atStage;
    private final long[][] withGoal;
    private long[] withoutGoals;
    /** Per UTC hour of the reference week: who is free for some of it. */
    private final long[][] freeInHour;
    /** Who wants exactly 1, 2, 3, and 4 or more skills. */
    private final long[][] wantingCount = new long[WANT_BUCKETS][];
    private int slotCapacity;
    private int used;

    // Columns, indexed by slot.
    private long[] idHi;
    private long[] idLo;
    /**
     * What the cheap factors and bounds need, packed in one word per slot so a candidate costs one memory read: see
     * {@link Traits}.
     */
    private long[] traits;
    private int[] capacity;
    private int[] activeMentees;
    private String[] country;
    private String[] city;
    /** {@link #WIDTH} packed skills per slot, then the count (more than WIDTH: the list is in the overflow column). */
    private int[] teach;
    private byte[] teachCount;
    private int[][] teachMore;
    private int[] learn;
    private byte[] learnCount;
    private int[][] learnMore;
    /** {@link #WEEK_WORDS} words per slot: bit i = the UTC quarter hour i of the reference week is free. */
    private long[] week;
    /** The exact UTC minutes for people whose windows do not fall on quarter hours (their mask is empty), else null. */
    private int[][] oddHours;
    private UUID[][] blocked;
    private UUID[][] excluded;

    public CandidateIndex(MatchEngine engine, Collection<Person> persons) {
        this.engine = engine;
        this.graph = engine.scoring().graph();
        int skills = graph.size();
        slotCapacity = Math.max(16, persons.size());
        int words = words(slotCapacity);
        teachers = new long[skills][words];
        nearTeachers = new long[skills][words];
        siblingTeachers = new long[skills][words];
        learners = new long[skills][words];
        openMentors = new long[words];
        mentees = new long[words];
        atStage = new long[Stage.COUNT][words];
        withGoal = new long[Goal.values().length][words];
        withoutGoals = new long[words];
        for (int b = 0; b < WANT_BUCKETS; b++) {
            wantingCount[b] = new long[words];
        }
        freeInHour = new long[WEEK_HOURS][words];
        idHi = new long[slotCapacity];
        idLo = new long[slotCapacity];
        traits = new long[slotCapacity];
        capacity = new int[slotCapacity];
        activeMentees = new int[slotCapacity];
        country = new String[slotCapacity];
        city = new String[slotCapacity];
        teach = new int[slotCapacity * WIDTH];
        teachCount = new byte[slotCapacity];
        teachMore = new int[slotCapacity][];
        learn = new int[slotCapacity * WIDTH];
        learnCount = new byte[slotCapacity];
        learnMore = new int[slotCapacity][];
        week = new long[slotCapacity * WEEK_WORDS];
        oddHours = new int[slotCapacity][];
        blocked = new UUID[slotCapacity][];
        excluded = new UUID[slotCapacity][];
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
            if (!isOpenMentor(asking) || k == 0) {
                return List.of();
            }
            return select(asking, asking.teachIds, learners, mentees, k, weights, false);
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
        int[] max = weights.maxTenths();
        List<long[]> languages = new ArrayList<>();
        for (String language : asking.languages) {
            long[] set = speakers.get(language);
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
        Query query = new Query(asking, askingIsMentee, max, top);
        int words = words(used);
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
            int bound = query.othersMax + Scoring.pointsTenths(tierBound[t], max[0]);
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

    /** One query's lookup tables; {@link #consider} scores one candidate slot without allocating. */
    private final class Query {

        private final Compact asking;
        private final boolean askingIsMentee;
        private final int[] max;
        /** Every factor but skill at full points (for mentee queries the load at the asking mentor's own). */
        private final int othersMax;
        private final TopK top;
        private final long askingHi;
        private final long askingLo;
        private final int[] stagePoints = new int[Stage.COUNT];
        /** Goal points by (goals shared with the asker) * 16 + (the candidate's number of goals). */
        private final int[] goalPoints = new int[16 * 16];
        /** Format/location points by the candidate's format mask; -1 when it depends on country and city. */
        private final int[] formatPoints = new int[FORMAT_MASKS];
        /** The asking mentor's load points (mentee queries). */
        private final int loadPoints;
        /**
         * Skill credit by packed (skill, level). Mentor queries: one row per wanted skill, indexed by the taught skill
         * and proficiency. Mentee queries: one row, indexed by the wanted skill and target, holding the best credit
         * any of the asking mentor's skills earns.
         */
        private final double[] credit;
        /**
         * Mentor queries: {@link #credit} as raw bits. Credits are never negative, so their bit patterns order like the
         * values, and the best per wanted skill is a branch-free {@code long} max instead of {@link Math#max(double,
         * double)}.
         */
        private final long[] creditBits;
        private final int rowLength;
        private final int wanted;
        private final long[] askingWeek = new long[WEEK_WORDS];
        private final boolean askingOnQuarterHours;
        // Mentor queries, per wanted skill: the bit sets for the skill bound, and the current word of each.
        private final long[][] exactSets;
        private final long[][] nearSets;
        private final long[][] siblingSets;
        /** This word's bits, exclusive: exact teachers; near but not exact; sibling only. */
        private final long[] exactWord;
        private final long[] closeWord;
        private final long[] siblingWord;
        /** Skill bound points by the quarters summed over the wanted skills (exact 4, near 2, sibling 1). */
        private final int[] skillBoundPoints;
        /**
         * Mentor queries: each candidate's sum in quarters for this word, bit-sliced (plane j holds bit j of every
         * candidate's sum), so the candidates whose skill bound cannot reach the k-th best are dropped 64 at a time.
         */
        private final long[] planes = new long[PLANES];
        private final boolean slicing;
        /**
         * By goals shared with the asking mentee (0, 1, 2, 3 or more) * 3 + availability tier: the fewest quarters the
         * skill bound needs to reach the k-th best.
         */
        private final int[] quartersNeeded;
        private final int sharedGoalGroups;
        private long quartersThreshold = Long.MIN_VALUE;
        // Mentee queries: the learners of each skill the asking mentor teaches, and this word of each.
        private final long[][] taughtLearnerSets;
        private final long[] taughtLearnerWord;
        /**
         * Mentee queries, by group {@code bucket * 4 + matches} (wanted-count bucket, exact matches 0..3): the
         * (goal tier, availability tier) pairs, as bit {@code goalTier * 3 + availabilityTier}, in which the group
         * could still reach the k-th best with every other factor at full points. All of them until the first k are
         * found.
         */
        private final int[] tiersAllowedFor = new int[WANT_BUCKETS * 4];
        private long groupsThreshold = Long.MIN_VALUE;
        /** This word's candidates with exactly 0, 1, 2, and 3 or more exact matches. */
        private final long[] exactly = new long[4];
        /** This word's candidates per goal tier (as in {@link #goalTierPoints}). */
        private final long[] tierWords = new long[3];
        /** The hour sets of the asking member's free hours. */
        private final long[][] askingHourSets;
        /**
         * Availability points at most, by tier: sharing two or more free UTC hours with the asker, one (at most 60
         * minutes of overlap), none; and this word's candidates per tier.
         */
        private final int[] availabilityTierPoints = new int[3];
        private final long[] availabilityWords = new long[3];
        /** This word's (goal tier * 3 + availability tier) candidates. */
        private final long[] pairWords = new long[9];
        /** This word's candidates sharing exactly 0, 1, 2, and 3 or more goals with the asking mentee. */
        private final long[] sharing = new long[4];
        /** This word's candidates with at least q skill quarters, valid where {@link #atLeastStamp} is the word's. */
        private final long[] atLeastCache;
        private final int[] atLeastStamp;
        private int wordStamp;
        // Stage and goal bound 64 candidates at a time: per stage, which goal tiers can still reach the k-th best.
        private final long[][] stageSets = atStage;
        private final long[][] askedGoalSets;
        private final long[] noGoalSet = withoutGoals;
        /** Goal points at most, by tier: shares a goal with the asker, has no goals, has goals but shares none. */
        private final int[] goalTierPoints = new int[3];
        /** Per stage: how many goal tiers (in the order above) can still make it: 0 none .. 3 all. */
        private final int[] tiersAllowed = new int[Stage.COUNT];
        private long tiersThreshold = Long.MIN_VALUE;
        /** False while every stage and goal tier can still make it: the stage sets need not be read. */
        private boolean stageFilters;
        /** Load points by capacity * 32 + active mentees (mentor queries; both below 32), -1 until first needed. */
        private final int[] loadPointsByCode = new int[32 * 32];
        private final int askingQuarters;
        /** Availability points by overlapping quarter hours, below the target overlap. */
        private final int[] availabilityPoints = new int[Scoring.TARGET_OVERLAP_MINUTES / SLOT_MINUTES + 1];
        // The index's columns (stable while the read lock is held), read without going through the outer instance.
        private final long[] traitColumn = traits;
        private final int[] capacities = capacity;
        private final int[] activeCounts = activeMentees;
        private final int[] skills;
        private final byte[] skillCounts;
        private final int[][] moreSkills;
        private final long[] weeks = week;
        private final int[][] odd = oddHours;
        private final long[] hi = idHi;
        private final long[] lo = idLo;

        Query(Compact asking, boolean askingIsMentee, int[] max, TopK top) {
            this.asking = asking;
            this.askingIsMentee = askingIsMentee;
            this.max = max;
            this.top = top;
            askingHi = asking.id.getMostSignificantBits();
            askingLo = asking.id.getLeastSignificantBits();
            for (int s = 0; s < Stage.COUNT; s++) {
                double value = askingIsMentee ? Scoring.stage(s, asking.stage, false)
                        : Scoring.stage(asking.stage, s, false);
                stagePoints[s] = Scoring.pointsTenths(value, max[1]);
            }
            int askingGoals = Integer.bitCount(asking.goals);
            for (int shared = 0; shared < 16; shared++) {
                for (int count = shared; count < 16; count++) {
                    // Scoring.goals: shared goals over the mentee's number of goals, unknown when the mentee has none.
                    int menteeGoals = askingIsMentee ? askingGoals : count;
                    double value = menteeGoals == 0 ? Scoring.UNKNOWN : (double) shared / menteeGoals;
                    goalPoints[shared << 4 | count] = Scoring.pointsTenths(value, max[2]);
                }
            }
            for (int f = 0; f < FORMAT_MASKS; f++) {
                int shared = f & asking.formats;
                double value;
                if (f == 0 || asking.formats == 0) {
                    value = Scoring.UNKNOWN;
                } else if ((shared & Scoring.REMOTE) != 0) {
                    value = 1.0;
                } else if ((shared & Scoring.IN_PERSON) != 0) {
                    formatPoints[f] = -1;
                    continue;
                } else {
                    value = 0;
                }
                formatPoints[f] = Scoring.pointsTenths(value, max[4]);
            }
            loadPoints = askingIsMentee ? 0 : Scoring.pointsTenths(load(asking.capacity, asking.activeMentees), max[5]);
            // Mentee queries: the load is the asking mentor's own, the same for every candidate.
            othersMax = Weights.TOTAL_TENTHS - max[0] - (askingIsMentee ? 0 : max[5] - loadPoints);
            rowLength = graph.size() * LEVELS;
            if (askingIsMentee) {
                wanted = asking.learnIds.length;
                credit = new double[wanted * rowLength];
                for (int w = 0; w < wanted; w++) {
                    int wantedSkill = asking.learnIds[w];
                    int target = asking.learnLevels[w];
                    for (int taught : graph.related(wantedSkill)) {
                        double relation = graph.relation(taught, wantedSkill);
                        for (int level = 1; level < LEVELS && relation > 0; level++) {
                            credit[w * rowLength + taught * LEVELS + level] =
                                    relation * Math.min(1.0, (double) level / target);
                        }
                    }
                }
            } else {
                wanted = 0;
                credit = new double[rowLength];
                for (int t = 0; t < asking.teachIds.length; t++) {
                    int taught = asking.teachIds[t];
                    int level = asking.teachLevels[t];
                    for (int wantedSkill : graph.related(taught)) {
                        double relation = graph.relation(taught, wantedSkill);
                        for (int target = 1; target < LEVELS && relation > 0; target++) {
                            int i = wantedSkill * LEVELS + target;
                            credit[i] = Math.max(credit[i], relation * Math.min(1.0, (double) level / target));
                        }
                    }
                }
            }
            exactSets = new long[wanted][];
            nearSets = new long[wanted][];
            siblingSets = new long[wanted][];
            exactWord = new long[wanted];
            closeWord = new long[wanted];
            siblingWord = new long[wanted];
            for (int w = 0; w < wanted; w++) {
                int skill = asking.learnIds[w];
                exactSets[w] = teachers[skill];
                nearSets[w] = nearTeachers[skill];
                siblingSets[w] = siblingTeachers[skill];
            }
            slicing = askingIsMentee && wanted > 0 && 4 * wanted < 1 << PLANES;
            skillBoundPoints = new int[4 * wanted + 1];
            sharedGoalGroups = Math.min(4, Integer.bitCount(asking.goals) + 1);
            quartersNeeded = new int[sharedGoalGroups * 3];
            for (int quarters = 0; quarters < skillBoundPoints.length; quarters++) {
                skillBoundPoints[quarters] = Scoring.pointsTenths(quarters / 4.0 / wanted, max[0]);
            }
            int[] taught = askingIsMentee ? new int[0] : Arrays.stream(asking.teachIds).distinct().toArray();
            taughtLearnerSets = new long[taught.length][];
            for (int t = 0; t < taught.length; t++) {
                taughtLearnerSets[t] = learners[taught[t]];
            }
            taughtLearnerWord = new long[taught.length];
            Arrays.fill(loadPointsByCode, -1);
            askedGoalSets = new long[Integer.bitCount(asking.goals)][];
            for (int g = 0, n = 0; g < withGoal.length; g++) {
                if ((asking.goals >>> g & 1) != 0) {
                    askedGoalSets[n++] = withGoal[g];
                }
            }
            // Without goals of its own, the asking member's goal points do not depend on the candidate's tier.
            goalTierPoints[0] = max[2];
            goalTierPoints[1] = asking.goals == 0 ? max[2] : goalPointsOf(0);
            goalTierPoints[2] = asking.goals == 0 ? max[2] : 0;
            Arrays.fill(tiersAllowed, 3);
            Arrays.fill(tiersAllowedFor, (1 << 9) - 1);
            int[] hours = hoursTouched(asking.hours);
            askingHourSets = new long[hours.length][];
            for (int h = 0; h < hours.length; h++) {
                askingHourSets[h] = freeInHour[hours[h]];
            }
            availabilityTierPoints[0] = max[3];
            availabilityTierPoints[1] =
                    Scoring.pointsTenths(Math.min(1.0, 60.0 / Scoring.TARGET_OVERLAP_MINUTES), max[3]);
            availabilityTierPoints[2] = 0;
            atLeastCache = new long[4 * wanted + 2];
            atLeastStamp = new int[4 * wanted + 2];
            creditBits = new long[askingIsMentee ? credit.length : 0];
            for (int i = 0; i < creditBits.length; i++) {
                creditBits[i] = Double.doubleToRawLongBits(credit[i]);
            }
            askingOnQuarterHours = weekMask(asking.hours, askingWeek, 0);
            askingQuarters = askingOnQuarterHours ? quarters(askingWeek, 0) : Traits.UNKNOWN_QUARTERS;
            for (int q = 0; q < availabilityPoints.length; q++) {
                availabilityPoints[q] = Scoring.pointsTenths(
                        Math.min(1.0, (double) (q * SLOT_MINUTES) / Scoring.TARGET_OVERLAP_MINUTES), max[3]);
            }
            skills = askingIsMentee ? teach : learn;
            skillCounts = askingIsMentee ? teachCount : learnCount;
            moreSkills = askingIsMentee ? teachMore : learnMore;
        }

        /**
         * Mentor queries: per wanted skill, this word of the bit sets of its exact teachers, its parent's and
         * children's teachers and its siblings' teachers.
         */
        long word(int i, long candidates) {
            for (int w = 0; w < wanted; w++) {
                long exact = exactSets[w][i];
                long near = nearSets[w][i] & ~exact;
                exactWord[w] = exact;
                closeWord[w] = near;
                siblingWord[w] = siblingSets[w][i] & ~exact & ~near;
            }
            for (int t = 0; t < taughtLearnerSets.length; t++) {
                taughtLearnerWord[t] = taughtLearnerSets[t][i];
            }
            long shares = 0;
            for (long[] set : askedGoalSets) {
                shares |= set[i];
            }
            long noGoals = noGoalSet[i] & ~shares;
            tierWords[0] = shares;
            tierWords[1] = noGoals;
            tierWords[2] = ~shares & ~noGoals;
            long oneHour = 0;
            long twoHours = 0;
            for (long[] set : askingHourSets) {
                long free = set[i];
                twoHours |= oneHour & free;
                oneHour |= free;
            }
            availabilityWords[0] = twoHours;
            availabilityWords[1] = oneHour & ~twoHours;
            availabilityWords[2] = ~oneHour;
            wordStamp++;
            candidates &= stageAndGoals(i);
            if (candidates == 0) {
                return 0;
            }
            if (!askingIsMentee) {
                return candidates & goalsAndMenteeSkill(i);
            }
            if (!slicing) {
                return candidates;
            }
            Arrays.fill(planes, 0L);
            for (int w = 0; w < wanted; w++) {
                add(siblingWord[w], closeWord[w], exactWord[w]);
            }
            return candidates & goalsAndSkill(i);
        }

        /**
         * Mentee queries: the candidates of word {@code i} whose goal tier and skill bound (from how many skills they
         * want and how many of those the asking mentor teaches exactly) together could still reach the k-th best.
         */
        private long goalsAndMenteeSkill(int i) {
            long threshold = top.threshold();
            if (threshold != groupsThreshold) {
                groupsThreshold = threshold;
                int rest = othersMax - max[2] - max[3];
                for (int group = 0; group < WANT_BUCKETS * 4; group++) {
                    int skill = menteeSkillBoundPoints(group / 4, group % 4);
                    int pairs = 0;
                    for (int pair = 0; pair < 9 && skill >= 0; pair++) {
                        int bound = rest + goalTierPoints[pair / 3] + availabilityTierPoints[pair % 3] + skill;
                        if (top.accepts(TopK.bestKeyFor(bound))) {
                            pairs |= 1 << pair;
                        }
                    }
                    tiersAllowedFor[group] = pairs;
                }
            }
            long one = 0;
            long two = 0;
            long three = 0;
            for (long word : taughtLearnerWord) {
                three |= two & word;
                two |= one & word;
                one |= word;
            }
            exactly[0] = ~one;
            exactly[1] = one & ~two;
            exactly[2] = two & ~three;
            exactly[3] = three;
            for (int pair = 0; pair < 9; pair++) {
                pairWords[pair] = tierWords[pair / 3] & availabilityWords[pair % 3];
            }
            long mask = 0;
            for (int bucket = 0; bucket < WANT_BUCKETS; bucket++) {
                long inBucket = wantingCount[bucket][i];
                if (inBucket != 0) {
                    for (int matches = 0; matches <= Math.min(bucket + 1, 3); matches++) {
                        long group = inBucket & exactly[matches];
                        for (int pairs = tiersAllowedFor[bucket * 4 + matches]; pairs != 0 && group != 0;
                                pairs &= pairs - 1) {
                            mask |= group & pairWords[Integer.numberOfTrailingZeros(pairs)];
                        }
                    }
                }
            }
            return mask;
        }

        /**
         * The skill bound of {@link #menteeSkillBound} for a group: wanted-count bucket (1, 2, 3, 4 or more) and exact
         * matches (0, 1, 2, 3 or more); -1 for a group that cannot exist.
         */
        private int menteeSkillBoundPoints(int bucket, int matches) {
            int wantedSkills = bucket + 1;
            if (matches > wantedSkills) {
                return -1;
            }
            if (bucket == WANT_BUCKETS - 1 && matches == 3) {
                return max[0];
            }
            return Scoring.pointsTenths((wantedSkills + matches) * 0.5 / wantedSkills, max[0]);
        }

        /**
         * Mentor queries: the candidates of word {@code i} whose shared goals (exact points: the mentee's number of
         * goals is fixed) and skill bound together could still reach the k-th best with every other factor at full
         * points.
         */
        private long goalsAndSkill(int i) {
            long threshold = top.threshold();
            if (threshold != quartersThreshold) {
                quartersThreshold = threshold;
                int rest = othersMax - max[2] - max[3];
                for (int shared = 0; shared < sharedGoalGroups; shared++) {
                    // The last group may stand for "this many or more": its most shared goals count.
                    int most = shared == sharedGoalGroups - 1 ? Integer.bitCount(asking.goals) : shared;
                    for (int tier = 0; tier < 3; tier++) {
                        int fixed = rest + goalPoints[most << 4 | most] + availabilityTierPoints[tier];
                        int q = 0;
                        while (q <= 4 * wanted && !top.accepts(TopK.bestKeyFor(fixed + skillBoundPoints[q]))) {
                            q++;
                        }
                        quartersNeeded[shared * 3 + tier] = q;
                    }
                }
            }
            long one = 0;
            long two = 0;
            long more = 0;
            for (long[] set : askedGoalSets) {
                long bits = set[i];
                more |= two & bits;
                two |= one & bits;
                one |= bits;
            }
            // Exactly 0, 1, 2 shared goals, and 3 or more.
            sharing[0] = ~one;
            sharing[1] = one & ~two;
            sharing[2] = two & ~more;
            sharing[3] = more;
            long mask = 0;
            for (int shared = 0; shared < sharedGoalGroups; shared++) {
                for (int tier = 0; tier < 3; tier++) {
                    long group = sharing[shared] & availabilityWords[tier];
                    if (group != 0) {
                        mask |= group & atLeastCached(quartersNeeded[shared * 3 + tier]);
                    }
                }
            }
            return mask;
        }

        private long atLeastCached(int q) {
            if (q > 4 * wanted) {
                return 0;
            }
            if (atLeastStamp[q] != wordStamp) {
                atLeastStamp[q] = wordStamp;
                atLeastCache[q] = atLeast(q);
            }
            return atLeastCache[q];
        }

        /**
         * The candidates of word {@code i} whose stage points and goal tier could still reach the k-th best with every
         * other factor at full points.
         */
        private long stageAndGoals(int i) {
            long threshold = top.threshold();
            if (threshold != tiersThreshold) {
                tiersThreshold = threshold;
                boolean allStagesAllowed = true;
                int rest = othersMax + max[0] - max[1] - max[2];
                for (int s = 0; s < Stage.COUNT; s++) {
                    int allowed = 0;
                    while (allowed < 3
                            && top.accepts(TopK.bestKeyFor(rest + stagePoints[s] + goalTierPoints[allowed]))) {
                        allowed++;
                    }
                    tiersAllowed[s] = allowed;
                    allStagesAllowed &= allowed == 3;
                }
                stageFilters = !allStagesAllowed;
            }
            if (!stageFilters) {
                return -1L;
            }
            long shares = tierWords[0];
            long none = shares | tierWords[1];
            long mask = 0;
            for (int s = 0; s < Stage.COUNT; s++) {
                int allowed = tiersAllowed[s];
                if (allowed > 0) {
                    mask |= stageSets[s][i] & (allowed == 3 ? -1L : allowed == 2 ? none : shares);
                }
            }
            return mask;
        }

        /** Adds the 3-bit numbers (bit 0 from {@code b0}, ...) to the bit-sliced sums, one full adder per plane. */
        private void add(long b0, long b1, long b2) {
            long carry = 0;
            for (int j = 0; j < PLANES; j++) {
                long x = j == 0 ? b0 : j == 1 ? b1 : j == 2 ? b2 : 0;
                long p = planes[j];
                long half = p ^ x;
                planes[j] = half ^ carry;
                carry = (p & x) | (carry & half);
                if (j >= 2 && carry == 0) {
                    return;
                }
            }
        }

        /** The candidates whose bit-sliced sum is at least {@code q}. */
        private long atLeast(int q) {
            if (q >= 1 << PLANES) {
                return 0;
            }
            long greater = 0;
            long equal = -1L;
            for (int j = PLANES - 1; j >= 0; j--) {
                if ((q >>> j & 1) != 0) {
                    equal &= planes[j];
                } else {
                    greater |= equal & planes[j];
                    equal &= ~planes[j];
                }
            }
            return greater | equal;
        }

        /**
         * Mentor queries: the skill points if every wanted skill got the full relation credit of the closest skill the
         * candidate teaches (its bits in this word). Relations are 1, 1/2 and 1/4, so their sum is exact in quarters
         * and never below the exact fit's sum of credits.
         */
        private int mentorSkillBound(int bit) {
            int quarters = 0;
            if (slicing) {
                for (int j = 0; j < PLANES; j++) {
                    quarters |= (int) ((planes[j] >>> bit) & 1) << j;
                }
                return skillBoundPoints[quarters];
            }
            for (int w = 0; w < wanted; w++) {
                quarters += (int) (((exactWord[w] >>> bit) & 1) << 2 | ((closeWord[w] >>> bit) & 1) << 1
                        | ((siblingWord[w] >>> bit) & 1));
            }
            return skillBoundPoints[quarters];
        }

        /**
         * Mentee queries: the skill points if each of the candidate's wanted skills the asking mentor teaches earned
         * full credit and every other one a parent's or child's (1/2, more than any other relation can give).
         */
        private int menteeSkillBound(int slot, int bit) {
            int n = Traits.wanted(traitColumn[slot]);
            if (n > WIDTH) {
                n = moreSkills[slot].length;
            }
            int exact = 0;
            for (long word : taughtLearnerWord) {
                exact += (int) ((word >>> bit) & 1);
            }
            return Scoring.pointsTenths((n + exact) * 0.5 / n, max[0]);
        }

        void consider(int slot, int bit) {
            // The skill bound from the bit sets (and the wanted count), before the candidate's other columns are read.
            int skillBound = !askingIsMentee ? menteeSkillBound(slot, bit)
                    : wanted > 0 ? mentorSkillBound(bit) : max[0];
            if (!top.accepts(TopK.bestKeyFor(skillBound + othersMax))) {
                return;
            }
            long t = traitColumn[slot];
            int cheap = stagePoints[Traits.stage(t)] + goalPointsOf(Traits.goals(t)) + formatPointsOf(slot, t)
                    + (askingIsMentee ? loadPointsOf(slot, t) : loadPoints);
            // Even the most availability the two could share would not reach the k-th best: skip the rest.
            if (!top.accepts(TopK.bestKeyFor(cheap + skillBound + availabilityBound(Traits.quarters(t))))) {
                return;
            }
            int n = skillCounts[slot];
            int[] list = n > WIDTH ? moreSkills[slot] : skills;
            int from = n > WIDTH ? 0 : slot * WIDTH;
            int to = n > WIDTH ? list.length : from + n;
            double skill = askingIsMentee ? mentorSkill(list, from, to) : menteeSkill(list, from, to);
            if (skill == 0) {
                return;
            }
            int partial = cheap + Scoring.pointsTenths(skill, max[0]);
            if (!top.accepts(TopK.bestKeyFor(partial + availabilityBound(Traits.quarters(t))))) {
                return;
            }
            double availability = Math.min(1.0, (double) overlapMinutes(slot) / Scoring.TARGET_OVERLAP_MINUTES);
            int score = partial + Scoring.pointsTenths(availability, max[3]);
            long idHigh = hi[slot];
            long idLow = lo[slot];
            long key = TopK.rankKey(askingHi, askingLo, idHigh, idLow, score);
            if (!top.accepts(key) || (idHigh == askingHi && idLow == askingLo)) {
                return;
            }
            UUID id = new UUID(idHigh, idLow);
            if (listed(asking.blocked, id) || listed(blocked[slot], asking.id) || listed(asking.excluded, id)
                    || listed(excluded[slot], asking.id)) {
                return;
            }
            top.offer(key, id, score);
        }

        private int loadPointsOf(int slot, long t) {
            int code = Traits.load(t);
            int points = loadPointsByCode[code];
            if (points < 0) {
                int cap = capacities[slot];
                int active = activeCounts[slot];
                points = Scoring.pointsTenths(load(cap, active), max[5]);
                if (cap < Traits.SATURATED && active < Traits.SATURATED) {
                    loadPointsByCode[code] = points;
                }
            }
            return points;
        }

        /** The most availability points a candidate with this many free quarter hours could share with the asker. */
        private int availabilityBound(int candidateQuarters) {
            if (askingQuarters == Traits.UNKNOWN_QUARTERS || candidateQuarters == Traits.UNKNOWN_QUARTERS) {
                return max[3];
            }
            int minutes = Math.min(askingQuarters, candidateQuarters) * SLOT_MINUTES;
            return minutes >= Scoring.TARGET_OVERLAP_MINUTES ? max[3]
                    : availabilityPoints[minutes / SLOT_MINUTES];
        }

        private int goalPointsOf(int candidateGoals) {
            return goalPoints[Integer.bitCount(candidateGoals & asking.goals) << 4 | Integer.bitCount(candidateGoals)];
        }

        /** {@link Scoring#formatLocation} with the place compared only when in person is the only shared format. */
        private int formatPointsOf(int slot, long t) {
            int points = formatPoints[Traits.formats(t)];
            if (points >= 0) {
                return points;
            }
            String mentorCountry = askingIsMentee ? country[slot] : asking.country;
            String mentorCity = askingIsMentee ? city[slot] : asking.city;
            String menteeCountry = askingIsMentee ? asking.country : country[slot];
            String menteeCity = askingIsMentee ? asking.city : city[slot];
            double value = 0;
            if (mentorCountry != null && mentorCountry.equalsIgnoreCase(menteeCountry)) {
                value = mentorCity != null && mentorCity.equalsIgnoreCase(menteeCity) ? 1.0 : 0.5;
            }
            return Scoring.pointsTenths(value, max[4]);
        }

        /** {@link Scoring#skill} for a candidate mentor: per wanted skill the best credit of any taught skill. */
        private double mentorSkill(int[] taught, int from, int to) {
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
        private double menteeSkill(int[] wants, int from, int to) {
            if (to == from) {
                return 0;
            }
            double sum = 0;
            for (int w = from; w < to; w++) {
                sum += credit[wants[w]];
            }
            return sum / (to - from);
        }

        private int overlapMinutes(int slot) {
            int[] exact = odd[slot];
            if (askingOnQuarterHours && exact == null) {
                int base = slot * WEEK_WORDS;
                int quarters = 0;
                for (int i = 0; i < WEEK_WORDS; i++) {
                    quarters += Long.bitCount(askingWeek[i] & weeks[base + i]);
                }
                return quarters * SLOT_MINUTES;
            }
            return WeeklyHours.overlapMinutes(asking.hours, exact != null ? exact : intervals(weeks, slot * WEEK_WORDS));
        }
    }

    private static double load(int capacity, int activeMentees) {
        return capacity == 0 ? 0 : (double) (capacity - activeMentees) / capacity;
    }

    private static boolean listed(UUID[] ids, UUID id) {
        if (ids != null) {
            for (UUID u : ids) {
                if (u.equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Writes the quarter-hour mask of sorted disjoint UTC intervals into {@code out[offset ..]}; false (and an empty
     * mask) when some boundary is not on a quarter hour, so the exact minutes must be used.
     */
    static boolean weekMask(int[] hours, long[] out, int offset) {
        Arrays.fill(out, offset, offset + WEEK_WORDS, 0L);
        for (int minute : hours) {
            if (minute % SLOT_MINUTES != 0) {
                return false;
            }
        }
        for (int i = 0; i < hours.length; i += 2) {
            for (int q = hours[i] / SLOT_MINUTES; q < hours[i + 1] / SLOT_MINUTES; q++) {
                out[offset + (q >>> 6)] |= 1L << q;
            }
        }
        return true;
    }

    /** The intervals {@code [start0, end0, ...]} in minutes of a quarter-hour mask. */
    static int[] intervals(long[] mask, int offset) {
        int[] out = new int[WEEK_WORDS * 64];
        int n = 0;
        int quarters = WeeklyHours.WEEK / SLOT_MINUTES;
        for (int q = 0; q < quarters; q++) {
            boolean set = (mask[offset + (q >>> 6)] & (1L << q)) != 0;
            boolean open = n % 2 == 1;
            if (set && !open) {
                out[n++] = q * SLOT_MINUTES;
            } else if (!set && open) {
                out[n++] = q * SLOT_MINUTES;
            }
        }
        if (n % 2 == 1) {
            out[n++] = WeeklyHours.WEEK;
        }
        return Arrays.copyOf(out, n);
    }

    /** The UTC hours of the week in which sorted disjoint intervals {@code [start0, end0, ...]} have some minutes. */
    static int[] hoursTouched(int[] minutes) {
        boolean[] touched = new boolean[WEEK_HOURS];
        int n = 0;
        for (int i = 0; i + 1 < minutes.length; i += 2) {
            for (int h = minutes[i] / 60; h <= (minutes[i + 1] - 1) / 60 && h < WEEK_HOURS; h++) {
                if (!touched[h]) {
                    touched[h] = true;
                    n++;
                }
            }
        }
        int[] out = new int[n];
        for (int h = 0, j = 0; h < WEEK_HOURS; h++) {
            if (touched[h]) {
                out[j++] = h;
            }
        }
        return out;
    }

    private static int wantBucket(int wanted) {
        return Math.min(wanted, WANT_BUCKETS) - 1;
    }

    private static int quarters(long[] mask, int offset) {
        int n = 0;
        for (int i = 0; i < WEEK_WORDS; i++) {
            n += Long.bitCount(mask[offset + i]);
        }
        return n;
    }

    private static boolean isOpenMentor(Compact c) {
        return c.is(Compact.MENTOR) && c.active && c.hasFreePlace();
    }

    private static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    private static int[] packed(int[] ids, byte[] levels) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = ids[i] * LEVELS + levels[i];
        }
        return out;
    }

    /** Stores up to {@link #WIDTH} packed skills inline; returns the whole list when it is longer, else null. */
    private static int[] store(int[] packed, int[] inline, byte[] count, int slot) {
        System.arraycopy(packed, 0, inline, slot * WIDTH, Math.min(WIDTH, packed.length));
        boolean overflows = packed.length > WIDTH;
        count[slot] = (byte) (overflows ? WIDTH + 1 : packed.length);
        return overflows ? packed : null;
    }

    private static int[] skills(int[] inline, byte[] count, int[][] more, int slot) {
        int n = count[slot];
        return n > WIDTH ? more[slot] : Arrays.copyOfRange(inline, slot * WIDTH, slot * WIDTH + n);
    }

    private static void set(long[] bits, int slot, boolean value) {
        if (value) {
            bits[slot >>> 6] |= 1L << slot;
        } else {
            bits[slot >>> 6] &= ~(1L << slot);
        }
    }

    private void grow(int needed) {
        int n = Math.max(needed, slotCapacity * 2);
        int words = words(n);
        for (int s = 0; s < teachers.length; s++) {
            teachers[s] = Arrays.copyOf(teachers[s], words);
            nearTeachers[s] = Arrays.copyOf(nearTeachers[s], words);
            siblingTeachers[s] = Arrays.copyOf(siblingTeachers[s], words);
            learners[s] = Arrays.copyOf(learners[s], words);
        }
        speakers.replaceAll((language, set) -> Arrays.copyOf(set, words));
        openMentors = Arrays.copyOf(openMentors, words);
        mentees = Arrays.copyOf(mentees, words);
        for (int s = 0; s < atStage.length; s++) {
            atStage[s] = Arrays.copyOf(atStage[s], words);
        }
        for (int g = 0; g < withGoal.length; g++) {
            withGoal[g] = Arrays.copyOf(withGoal[g], words);
        }
        withoutGoals = Arrays.copyOf(withoutGoals, words);
        for (int b = 0; b < WANT_BUCKETS; b++) {
            wantingCount[b] = Arrays.copyOf(wantingCount[b], words);
        }
        for (int h = 0; h < WEEK_HOURS; h++) {
            freeInHour[h] = Arrays.copyOf(freeInHour[h], words);
        }
        idHi = Arrays.copyOf(idHi, n);
        idLo = Arrays.copyOf(idLo, n);
        traits = Arrays.copyOf(traits, n);
        capacity = Arrays.copyOf(capacity, n);
        activeMentees = Arrays.copyOf(activeMentees, n);
        country = Arrays.copyOf(country, n);
        city = Arrays.copyOf(city, n);
        teach = Arrays.copyOf(teach, n * WIDTH);
        teachCount = Arrays.copyOf(teachCount, n);
        teachMore = Arrays.copyOf(teachMore, n);
        learn = Arrays.copyOf(learn, n * WIDTH);
        learnCount = Arrays.copyOf(learnCount, n);
        learnMore = Arrays.copyOf(learnMore, n);
        week = Arrays.copyOf(week, n * WEEK_WORDS);
        oddHours = Arrays.copyOf(oddHours, n);
        blocked = Arrays.copyOf(blocked, n);
        excluded = Arrays.copyOf(excluded, n);
        slotCapacity = n;
    }

    private void add(Person person) {
        Compact c = engine.compile(person);
        int slot = freeSlots.isEmpty() ? used++ : freeSlots.pop();
        if (slot >= slotCapacity) {
            grow(slot + 1);
        }
        slotOf.put(c.id, slot);
        idHi[slot] = c.id.getMostSignificantBits();
        idLo[slot] = c.id.getLeastSignificantBits();
        capacity[slot] = c.capacity;
        activeMentees[slot] = c.activeMentees;
        country[slot] = c.country;
        city[slot] = c.city;
        teachMore[slot] = store(packed(c.teachIds, c.teachLevels), teach, teachCount, slot);
        learnMore[slot] = store(packed(c.learnIds, c.learnLevels), learn, learnCount, slot);
        boolean onQuarterHours = weekMask(c.hours, week, slot * WEEK_WORDS);
        oddHours[slot] = onQuarterHours ? null : c.hours;
        traits[slot] = Traits.of(c, onQuarterHours ? quarters(week, slot * WEEK_WORDS) : Traits.UNKNOWN_QUARTERS);
        blocked[slot] = c.blocked.length == 0 ? null : c.blocked;
        excluded[slot] = c.excluded.length == 0 ? null : c.excluded;
        for (int skill : c.teachIds) {
            set(teachers[skill], slot, true);
            markRelated(skill, slot, true);
        }
        for (int skill : c.learnIds) {
            set(learners[skill], slot, true);
        }
        for (String language : c.languages) {
            set(speakers.computeIfAbsent(language, l -> new long[words(slotCapacity)]), slot, true);
        }
        set(openMentors, slot, isOpenMentor(c));
        set(mentees, slot, c.is(Compact.MENTEE));
        set(atStage[c.stage], slot, true);
        markGoals(c.goals, slot, true);
        if (c.learnIds.length > 0) {
            set(wantingCount[wantBucket(c.learnIds.length)], slot, true);
        }
        for (int h : hoursTouched(c.hours)) {
            set(freeInHour[h], slot, true);
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

    private void removeUnlocked(UUID id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return;
        }
        for (int packed : skills(teach, teachCount, teachMore, slot)) {
            set(teachers[packed / LEVELS], slot, false);
            markRelated(packed / LEVELS, slot, false);
        }
        for (int packed : skills(learn, learnCount, learnMore, slot)) {
            set(learners[packed / LEVELS], slot, false);
        }
        for (long[] set : speakers.values()) {
            set(set, slot, false);
        }
        set(openMentors, slot, false);
        set(mentees, slot, false);
        set(atStage[Traits.stage(traits[slot])], slot, false);
        markGoals(Traits.goals(traits[slot]), slot, false);
        for (long[] set : wantingCount) {
            set(set, slot, false);
        }
        for (long[] set : freeInHour) {
            set(set, slot, false);
        }
        country[slot] = null;
        city[slot] = null;
        teachMore[slot] = null;
        learnMore[slot] = null;
        oddHours[slot] = null;
        blocked[slot] = null;
        excluded[slot] = null;
        freeSlots.push(slot);
    }
}
