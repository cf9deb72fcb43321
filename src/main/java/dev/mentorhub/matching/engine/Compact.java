package dev.mentorhub.matching.engine;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;

/** A person compiled for scoring: small arrays and bit masks, availability already in reference-week UTC minutes. */
final class Compact {

    static final int MENTOR = 1;
    static final int MENTEE = 2;

    final UUID id;
    final int stage;
    final int roles;
    final boolean active;
    final int capacity;
    final int activeMentees;
    final int goals;
    final int formats;
    final String country;
    final String city;
    final String[] languages;
    final int[] teachIds;
    final byte[] teachLevels;
    final int[] learnIds;
    final byte[] learnLevels;
    final int[] hours;
    final UUID[] blocked;
    final UUID[] excluded;
    final Set<String> answers;
    /** Trimmed and lower-cased; null when unknown or blank, so it never equals anything. */
    final String department;
    final UUID[] reportingLine;

    Compact(Person p, SkillGraph graph, LocalDate monday) {
        id = p.id();
        stage = p.stage();
        roles = (p.is(Role.MENTOR) ? MENTOR : 0) | (p.is(Role.MENTEE) ? MENTEE : 0);
        active = p.active();
        capacity = p.capacity();
        activeMentees = p.activeMentees();
        goals = p.goals().stream().mapToInt(g -> 1 << g.ordinal()).reduce(0, (a, b) -> a | b);
        answers = p.answers();
        formats = p.formats().stream().mapToInt(f -> 1 << f.ordinal()).reduce(0, (a, b) -> a | b);
        country = p.country();
        city = p.city();
        languages = p.languages().stream().sorted().map(String::intern).toArray(String[]::new);
        TreeMap<Integer, Integer> teach = checked(p.teach(), graph);
        teachIds = teach.keySet().stream().mapToInt(Integer::intValue).toArray();
        teachLevels = levels(teach);
        TreeMap<Integer, Integer> learn = checked(p.learn(), graph);
        learnIds = learn.keySet().stream().mapToInt(Integer::intValue).toArray();
        learnLevels = levels(learn);
        hours = WeeklyHours.inUtc(p.availability(), p.zone(), monday);
        blocked = p.blocked().toArray(UUID[]::new);
        excluded = p.excluded().toArray(UUID[]::new);
        department = p.department() == null || p.department().isBlank() ? null
                : p.department().strip().toLowerCase(Locale.ROOT);
        reportingLine = p.reportingLine().toArray(UUID[]::new);
    }

    private static TreeMap<Integer, Integer> checked(Map<Integer, Integer> skills, SkillGraph graph) {
        for (int skill : skills.keySet()) {
            if (!graph.contains(skill)) {
                throw new IllegalArgumentException("unknown skill id " + skill);
            }
        }
        return new TreeMap<>(skills);
    }

    private static byte[] levels(TreeMap<Integer, Integer> skills) {
        byte[] out = new byte[skills.size()];
        int i = 0;
        for (int level : skills.values()) {
            out[i++] = (byte) level;
        }
        return out;
    }

    boolean is(int role) {
        return (roles & role) != 0;
    }

    boolean hasFreePlace() {
        return activeMentees < capacity;
    }

    boolean sharesLanguageWith(Compact other) {
        for (String a : languages) {
            for (String b : other.languages) {
                if (a.equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean lists(UUID[] ids, UUID other) {
        for (UUID u : ids) {
            if (u.equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** Blocked by either side, or already paired or declined according to either side. */
    FilterReason pairRule(Compact other) {
        if (lists(blocked, other.id) || other.lists(other.blocked, id)) {
            return FilterReason.BLOCKED;
        }
        if (lists(excluded, other.id) || other.lists(other.excluded, id)) {
            return FilterReason.ALREADY_PAIRED_OR_DECLINED;
        }
        return null;
    }
}
