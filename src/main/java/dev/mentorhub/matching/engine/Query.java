package dev.mentorhub.matching.engine;

import java.util.UUID;

/**
 * One top-k query over a {@link CandidateIndex}: {@link #word} bounds 64 candidates at a time from bit sets alone,
 * {@link #consider} scores one candidate slot, cheap factors first, without allocating. Built and used under the
 * index's read lock, so the columns it copies stay put.
 */
final class Query {

    private final Compact asking;
    private final boolean askingIsMentee;
    private final TopK top;
    private final long askingHi;
    private final long askingLo;
    final QueryTables tables;
    private final WordTiers tiers;
    /** Null for queries for mentees. */
    private final MentorQueryBounds mentorBounds;
    /** Null for queries for mentors. */
    private final MenteeQueryBounds menteeBounds;
    /** Queries for mentors: the skill bound tells the skill tiers apart word by word, so one pass suffices. */
    final boolean slicing;
    private final long[] askingWeek = new long[WeekBits.WORDS];
    private final boolean askingOnQuarterHours;
    // The index's columns, read without going through the columns object.
    private final long[] traitColumn;
    private final int[] capacities;
    private final int[] activeCounts;
    private final String[] countries;
    private final String[] cities;
    private final int[] skills;
    private final byte[] skillCounts;
    private final int[][] moreSkills;
    private final long[] weeks;
    private final int[][] odd;
    private final long[] hi;
    private final long[] lo;
    private final UUID[][] blocked;
    private final UUID[][] excluded;

    Query(Compact asking, boolean askingIsMentee, int[] max, TopK top, SkillGraph graph, SlotColumns columns,
            SlotSets sets) {
        this.asking = asking;
        this.askingIsMentee = askingIsMentee;
        this.top = top;
        askingHi = asking.id.getMostSignificantBits();
        askingLo = asking.id.getLeastSignificantBits();
        askingOnQuarterHours = WeekBits.mask(asking.hours, askingWeek, 0);
        tables = new QueryTables(asking, askingIsMentee, max, graph,
                askingOnQuarterHours ? WeekBits.quarters(askingWeek, 0) : Traits.UNKNOWN_QUARTERS);
        tiers = new WordTiers(asking, sets, tables, top);
        mentorBounds = askingIsMentee ? new MentorQueryBounds(asking, sets, tables, tiers, top) : null;
        menteeBounds = askingIsMentee ? null : new MenteeQueryBounds(asking, sets, columns, tables, tiers, top);
        slicing = mentorBounds != null && mentorBounds.slicing;
        traitColumn = columns.traits;
        capacities = columns.capacity;
        activeCounts = columns.activeMentees;
        countries = columns.country;
        cities = columns.city;
        skills = askingIsMentee ? columns.teach : columns.learn;
        skillCounts = askingIsMentee ? columns.teachCount : columns.learnCount;
        moreSkills = askingIsMentee ? columns.teachMore : columns.learnMore;
        weeks = columns.week;
        odd = columns.oddHours;
        hi = columns.idHi;
        lo = columns.idLo;
        blocked = columns.blocked;
        excluded = columns.excluded;
    }

    /** The {@code candidates} of word {@code i} that the stage, goal, availability and skill bounds let through. */
    long word(int i, long candidates) {
        tiers.load(i);
        candidates &= tiers.stageAndGoals(i);
        if (candidates == 0) {
            return 0;
        }
        return askingIsMentee ? mentorBounds.filter(i, candidates) : menteeBounds.filter(i, candidates);
    }

    void consider(int slot, int bit) {
        // The skill bound from the bit sets (and the wanted count), before the candidate's other columns are read.
        int skillBound = askingIsMentee ? mentorBounds.skillBound(bit) : menteeBounds.skillBound(slot, bit);
        if (!top.accepts(TopK.bestKeyFor(skillBound + tables.othersMax))) {
            return;
        }
        long t = traitColumn[slot];
        int cheap = tables.stagePoints[Traits.stage(t)] + tables.goalPoints(Traits.goals(t)) + formatPoints(slot, t)
                + (askingIsMentee ? loadPoints(slot, t) : tables.loadPoints);
        // Even the most availability the two could share would not reach the k-th best: skip the rest.
        int availabilityBound = tables.availabilityBound(Traits.quarters(t));
        if (!top.accepts(TopK.bestKeyFor(cheap + skillBound + availabilityBound))) {
            return;
        }
        int n = skillCounts[slot];
        int[] list = n > SlotColumns.WIDTH ? moreSkills[slot] : skills;
        int from = n > SlotColumns.WIDTH ? 0 : slot * SlotColumns.WIDTH;
        int to = n > SlotColumns.WIDTH ? list.length : from + n;
        double skill = askingIsMentee ? tables.mentorSkill(list, from, to) : tables.menteeSkill(list, from, to);
        if (skill == 0) {
            return;
        }
        int partial = cheap + Scoring.pointsTenths(skill, tables.maxSkill);
        if (!top.accepts(TopK.bestKeyFor(partial + availabilityBound))) {
            return;
        }
        int score = partial + tables.availabilityPointsOf(overlapMinutes(slot));
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

    /** A candidate mentor's load points: from its traits' load code, the exact columns read only on a miss. */
    private int loadPoints(int slot, long t) {
        int code = Traits.load(t);
        int points = tables.loadPointsByCode[code];
        return points >= 0 ? points : tables.loadPointsOf(code, capacities[slot], activeCounts[slot]);
    }

    /** {@link Scoring#formatLocation} with the place compared only when in person is the only shared format. */
    private int formatPoints(int slot, long t) {
        int points = tables.formatPoints[Traits.formats(t)];
        if (points >= 0) {
            return points;
        }
        return askingIsMentee ? tables.placePoints(countries[slot], cities[slot], asking.country, asking.city)
                : tables.placePoints(asking.country, asking.city, countries[slot], cities[slot]);
    }

    private int overlapMinutes(int slot) {
        int[] exact = odd[slot];
        if (askingOnQuarterHours && exact == null) {
            return WeekBits.sharedQuarters(askingWeek, 0, weeks, slot * WeekBits.WORDS) * WeekBits.SLOT_MINUTES;
        }
        return WeeklyHours.overlapMinutes(asking.hours,
                exact != null ? exact : WeekBits.intervals(weeks, slot * WeekBits.WORDS));
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
}
