package dev.mentorhub.matching.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A deterministic population shaped like the demo data (docs/profiles.md): 60 skills in 10 areas, eight languages,
 * 16 zones, mentors, mentees and people who are both. Used by tests and by the benchmarks in src/bench/java.
 */
public final class Population {

    public static final int AREAS = 10;
    public static final int PER_AREA = 5;
    public static final int SKILLS = AREAS * (PER_AREA + 1);

    private static final String[] LANGUAGES = {"en", "zh", "de", "fr", "es", "hi", "ja", "pt"};
    private static final double[] LANGUAGE_SHARE = {0.75, 0.30, 0.10, 0.08, 0.08, 0.08, 0.06, 0.06};
    private static final String[][] ZONES = {
        {"America/Los_Angeles", "US", "San Francisco"}, {"America/Denver", "US", "Denver"},
        {"America/Chicago", "US", "Chicago"}, {"America/New_York", "US", "New York"},
        {"America/Sao_Paulo", "BR", "Sao Paulo"}, {"Europe/London", "GB", "London"}, {"Europe/Berlin", "DE", "Berlin"},
        {"Europe/Paris", "FR", "Paris"}, {"Europe/Madrid", "ES", "Madrid"}, {"Africa/Lagos", "NG", "Lagos"},
        {"Asia/Kolkata", "IN", "Bangalore"}, {"Asia/Singapore", "SG", "Singapore"}, {"Asia/Shanghai", "CN", "Shanghai"},
        {"Asia/Tokyo", "JP", "Tokyo"}, {"Australia/Sydney", "AU", "Sydney"}, {"UTC", "NL", "Amsterdam"}};

    private Population() {
    }

    /** Area a is skill a*6; its children are a*6+1 .. a*6+5. */
    public static SkillGraph graph() {
        int[] parent = new int[SKILLS];
        for (int s = 0; s < SKILLS; s++) {
            parent[s] = s % (PER_AREA + 1) == 0 ? -1 : s - s % (PER_AREA + 1);
        }
        return new SkillGraph(parent);
    }

    public static MatchEngine engine() {
        return new MatchEngine(graph(), s -> "skill-" + s, LocalDate.of(2026, 3, 10));
    }

    public static List<Person> generate(int n, long seed) {
        List<Person> people = new ArrayList<>(n);
        generate(n, seed, people::add);
        return people;
    }

    /** Hands each person to {@code sink} without keeping them, so a million fit in a small heap. */
    public static void generate(int n, long seed, Consumer<Person> sink) {
        Random random = new Random(seed);
        List<UUID> earlier = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Person p = person(random, earlier);
            earlier.add(p.id());
            sink.accept(p);
        }
    }

    private static Person person(Random r, List<UUID> earlier) {
        double roll = r.nextDouble();
        Set<Role> roles = roll < 0.35 ? EnumSet.of(Role.MENTOR)
                : roll < 0.85 ? EnumSet.of(Role.MENTEE) : EnumSet.of(Role.MENTOR, Role.MENTEE);
        boolean mentor = roles.contains(Role.MENTOR);
        int stage = mentor ? 2 + r.nextInt(4) : r.nextInt(4);
        Map<Integer, Integer> teach = mentor ? skills(r, 2 + r.nextInt(5), 3) : Map.of();
        Map<Integer, Integer> learn = roles.contains(Role.MENTEE) ? skills(r, 1 + r.nextInt(4), 2) : Map.of();
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        for (int g = 1 + r.nextInt(3); g > 0; g--) {
            goals.add(Goal.values()[r.nextInt(Goal.values().length)]);
        }
        Set<String> languages = new HashSet<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            if (r.nextDouble() < LANGUAGE_SHARE[l]) {
                languages.add(LANGUAGES[l]);
            }
        }
        if (languages.isEmpty()) {
            languages.add("en");
        }
        String[] place = ZONES[r.nextInt(ZONES.length)];
        List<Window> windows = new ArrayList<>();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int w = 1 + r.nextInt(5); w > 0; w--) {
            DayOfWeek day = DayOfWeek.of(1 + r.nextInt(7));
            if (days.add(day)) {
                int start = (7 + r.nextInt(15)) * 60;
                windows.add(new Window(day, start, Math.min(1440, start + 60 * (1 + r.nextInt(3)))));
            }
        }
        Set<Format> formats = EnumSet.noneOf(Format.class);
        if (r.nextDouble() < 0.8) {
            formats.add(Format.VIDEO);
        }
        if (r.nextDouble() < 0.4) {
            formats.add(Format.CHAT);
        }
        if (r.nextDouble() < 0.2) {
            formats.add(Format.IN_PERSON);
        }
        int capacity = mentor ? (r.nextDouble() < 0.1 ? 0 : 1 + r.nextInt(5)) : 0;
        int activeMentees = capacity == 0 ? 0 : r.nextInt(capacity + 1);
        Set<UUID> blocked = new HashSet<>();
        Set<UUID> excluded = new HashSet<>();
        if (!earlier.isEmpty() && r.nextDouble() < 0.02) {
            blocked.add(earlier.get(r.nextInt(earlier.size())));
        }
        if (!earlier.isEmpty() && r.nextDouble() < 0.05) {
            excluded.add(earlier.get(r.nextInt(earlier.size())));
        }
        return new Person(new UUID(r.nextLong(), r.nextLong()), stage, roles, teach, learn, goals, languages,
                ZoneId.of(place[0]), windows, formats, place[1], place[2], capacity, activeMentees, r.nextDouble() < 0.85,
                blocked, excluded);
    }

    /** Mostly sub-skills, popular ones more often (the low-numbered area of each pick is favoured). */
    private static Map<Integer, Integer> skills(Random r, int count, int minLevel) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int area = (int) Math.min(AREAS - 1, Math.abs(r.nextGaussian()) * AREAS / 2.5);
            int child = r.nextDouble() < 0.1 ? 0 : 1 + r.nextInt(PER_AREA);
            out.put(area * (PER_AREA + 1) + child, minLevel + r.nextInt(6 - minLevel));
        }
        return out;
    }
}
