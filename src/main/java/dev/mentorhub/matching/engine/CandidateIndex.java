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
    /** A skill with its level is packed as {@code skill * LEVELS + level} (levels are 1..5). */
    private static final int LEVELS = 8;
    /** Skills stored inline per slot; longer lists are kept whole in an overflow column. */
    private static final int WIDTH = 6;
    private static final int FORMAT_MASKS = 1 << Format.values().length;
    private static final int GOAL_MASKS = 1 << Goal.values().length;

    private final MatchEngine engine;
    private final SkillGraph graph;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private final long[][] teachers;
    private final long[][] learners;
    private final Map<String, long[]> speakers = new HashMap<>();
    private long[] openMentors;
    private long[] mentees;
    private int slotCapacity;
    private int used;

    // Columns, indexed by slot.
    private long[] idHi;
    private long[] idLo;
    private byte[] stage;
    private short[] goals;
    private byte[] formats;
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
        learners = new long[skills][words];
        openMentors = new long[words];
        mentees = new long[words];
        idHi = new long[slotCapacity];
        idLo = new long[slotCapacity];
        stage = new byte[slotCapacity];
        goals = new short[slotCapacity];
        formats = new byte[slotCapacity];
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
     * Scores in two tiers. First the candidates linked by a close skill (same, parent or child). Then those linked only
     * by siblings: their skill fit is at most {@link SkillGraph#SIBLING}, so when even a perfect score on every other
     * factor cannot reach the k-th best's whole point, the second tier is skipped without changing the result.
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
        boolean[] isClose = new boolean[graph.size()];
        boolean[] isRelated = new boolean[graph.size()];
        List<long[]> close = new ArrayList<>();
        List<long[]> siblings = new ArrayList<>();
        for (int skill : skills) {
            for (int related : graph.close(skill)) {
                if (!isClose[related]) {
                    isClose[related] = true;
                    close.add(postings[related]);
                }
            }
        }
        for (int skill : skills) {
            for (int related : graph.related(skill)) {
                if (!isClose[related] && !isRelated[related]) {
                    isRelated[related] = true;
                    siblings.add(postings[related]);
                }
            }
        }
        long[][] langs = languages.toArray(long[][]::new);
        long[][] closeSets = close.toArray(long[][]::new);
        TopK top = new TopK(k);
        Query query = new Query(asking, askingIsMentee, max, top);
        int words = words(used);
        scan(query, closeSets, null, langs, eligible, words);
        int bound = Weights.TOTAL_TENTHS - max[0] + Scoring.pointsTenths(SkillGraph.SIBLING, max[0]);
        if (!siblings.isEmpty() && top.accepts(TopK.bestKeyFor(bound))) {
            scan(query, siblings.toArray(long[][]::new), closeSets, langs, eligible, words);
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
                query.word(i);
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
        private final TopK top;
        private final long askingHi;
        private final long askingLo;
        private final int[] stagePoints = new int[Stage.COUNT];
        /** Goal points by the candidate's goal mask, -1 until first needed. */
        private final int[] goalPoints = new int[GOAL_MASKS];
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
        private final long[][][] closeSetsOf;
        private final long[][][] siblingSetsOf;
        private final long[] exactWord;
        private final long[] closeWord;
        private final long[] siblingWord;
        // The index's columns (stable while the read lock is held), read without going through the outer instance.
        private final byte[] stages = stage;
        private final short[] goalMasks = goals;
        private final byte[] formatMasks = formats;
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
            Arrays.fill(goalPoints, -1);
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
            closeSetsOf = new long[wanted][][];
            siblingSetsOf = new long[wanted][][];
            exactWord = new long[wanted];
            closeWord = new long[wanted];
            siblingWord = new long[wanted];
            for (int w = 0; w < wanted; w++) {
                int skill = asking.learnIds[w];
                exactSets[w] = teachers[skill];
                List<long[]> close = new ArrayList<>();
                List<long[]> siblings = new ArrayList<>();
                for (int related : graph.related(skill)) {
                    double relation = graph.relation(related, skill);
                    if (relation == SkillGraph.PARENT_OR_CHILD) {
                        close.add(teachers[related]);
                    } else if (relation == SkillGraph.SIBLING) {
                        siblings.add(teachers[related]);
                    }
                }
                closeSetsOf[w] = close.toArray(long[][]::new);
                siblingSetsOf[w] = siblings.toArray(long[][]::new);
            }
            creditBits = new long[askingIsMentee ? credit.length : 0];
            for (int i = 0; i < creditBits.length; i++) {
                creditBits[i] = Double.doubleToRawLongBits(credit[i]);
            }
            askingOnQuarterHours = weekMask(asking.hours, askingWeek, 0);
            skills = askingIsMentee ? teach : learn;
            skillCounts = askingIsMentee ? teachCount : learnCount;
            moreSkills = askingIsMentee ? teachMore : learnMore;
        }

        /**
         * Mentor queries: per wanted skill, this word of the bit sets of its exact teachers, its parent's and
         * children's teachers and its siblings' teachers.
         */
        void word(int i) {
            for (int w = 0; w < wanted; w++) {
                exactWord[w] = exactSets[w][i];
                long c = 0;
                for (long[] set : closeSetsOf[w]) {
                    c |= set[i];
                }
                closeWord[w] = c;
                long r = 0;
                for (long[] set : siblingSetsOf[w]) {
                    r |= set[i];
                }
                siblingWord[w] = r;
            }
        }

        /**
         * Mentor queries: the skill fit if every wanted skill got the full relation credit of the closest skill the
         * candidate teaches (its bits in this word), in the same order of additions as {@link #mentorSkill}, so never
         * below the exact value.
         */
        private double skillBound(int bit) {
            double sum = 0;
            for (int w = 0; w < wanted; w++) {
                sum += ((exactWord[w] >>> bit) & 1) != 0 ? SkillGraph.EXACT
                        : ((closeWord[w] >>> bit) & 1) != 0 ? SkillGraph.PARENT_OR_CHILD
                        : ((siblingWord[w] >>> bit) & 1) != 0 ? SkillGraph.SIBLING : 0;
            }
            return sum / wanted;
        }

        void consider(int slot, int bit) {
            int cheap = stagePoints[stages[slot]] + goalPointsOf(goalMasks[slot]) + formatPointsOf(slot)
                    + (askingIsMentee ? Scoring.pointsTenths(load(capacities[slot], activeCounts[slot]), max[5])
                            : loadPoints);
            // Even full skill and availability points would not reach the k-th best: skip the rest.
            if (!top.accepts(TopK.bestKeyFor(cheap + max[0] + max[3]))) {
                return;
            }
            // The same with the skill bound from the bit sets, before the candidate's skill column is read.
            if (wanted > 0 && !top.accepts(TopK.bestKeyFor(cheap + Scoring.pointsTenths(skillBound(bit), max[0])
                    + max[3]))) {
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
            if (!top.accepts(TopK.bestKeyFor(partial + max[3]))) {
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

        private int goalPointsOf(int candidateGoals) {
            int points = goalPoints[candidateGoals];
            if (points < 0) {
                double value = askingIsMentee ? Scoring.goals(candidateGoals, asking.goals)
                        : Scoring.goals(asking.goals, candidateGoals);
                points = Scoring.pointsTenths(value, max[2]);
                goalPoints[candidateGoals] = points;
            }
            return points;
        }

        /** {@link Scoring#formatLocation} with the place compared only when in person is the only shared format. */
        private int formatPointsOf(int slot) {
            int points = formatPoints[formatMasks[slot]];
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
            learners[s] = Arrays.copyOf(learners[s], words);
        }
        speakers.replaceAll((language, set) -> Arrays.copyOf(set, words));
        openMentors = Arrays.copyOf(openMentors, words);
        mentees = Arrays.copyOf(mentees, words);
        idHi = Arrays.copyOf(idHi, n);
        idLo = Arrays.copyOf(idLo, n);
        stage = Arrays.copyOf(stage, n);
        goals = Arrays.copyOf(goals, n);
        formats = Arrays.copyOf(formats, n);
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
        stage[slot] = (byte) c.stage;
        goals[slot] = (short) c.goals;
        formats[slot] = (byte) c.formats;
        capacity[slot] = c.capacity;
        activeMentees[slot] = c.activeMentees;
        country[slot] = c.country;
        city[slot] = c.city;
        teachMore[slot] = store(packed(c.teachIds, c.teachLevels), teach, teachCount, slot);
        learnMore[slot] = store(packed(c.learnIds, c.learnLevels), learn, learnCount, slot);
        oddHours[slot] = weekMask(c.hours, week, slot * WEEK_WORDS) ? null : c.hours;
        blocked[slot] = c.blocked.length == 0 ? null : c.blocked;
        excluded[slot] = c.excluded.length == 0 ? null : c.excluded;
        for (int skill : c.teachIds) {
            set(teachers[skill], slot, true);
        }
        for (int skill : c.learnIds) {
            set(learners[skill], slot, true);
        }
        for (String language : c.languages) {
            set(speakers.computeIfAbsent(language, l -> new long[words(slotCapacity)]), slot, true);
        }
        set(openMentors, slot, isOpenMentor(c));
        set(mentees, slot, c.is(Compact.MENTEE));
    }

    private void removeUnlocked(UUID id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return;
        }
        for (int packed : skills(teach, teachCount, teachMore, slot)) {
            set(teachers[packed / LEVELS], slot, false);
        }
        for (int packed : skills(learn, learnCount, learnMore, slot)) {
            set(learners[packed / LEVELS], slot, false);
        }
        for (long[] set : speakers.values()) {
            set(set, slot, false);
        }
        set(openMentors, slot, false);
        set(mentees, slot, false);
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
