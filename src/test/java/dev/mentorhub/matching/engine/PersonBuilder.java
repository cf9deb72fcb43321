package dev.mentorhub.matching.engine;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Readable test persons; defaults make a pair that passes every hard filter. */
final class PersonBuilder {

    private static long next = 1;

    private UUID id = new UUID(0x5eed, next++);
    private int stage = 1;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private final Map<Integer, Integer> teach = new HashMap<>();
    private final Map<Integer, Integer> learn = new HashMap<>();
    private final Set<Goal> goals = EnumSet.noneOf(Goal.class);
    private final Set<String> languages = new HashSet<>(Set.of("en"));
    private ZoneId zone = ZoneId.of("UTC");
    private final List<Window> availability = new ArrayList<>();
    private final Set<Format> formats = EnumSet.of(Format.VIDEO);
    private String country = "DE";
    private String city = "Berlin";
    private int capacity = 2;
    private int activeMentees;
    private boolean active = true;
    private final Set<UUID> blocked = new HashSet<>();
    private final Set<UUID> excluded = new HashSet<>();
    private String department;
    private final Set<UUID> reportingLine = new HashSet<>();

    static PersonBuilder mentor() {
        PersonBuilder b = new PersonBuilder();
        b.roles.add(Role.MENTOR);
        b.stage = 3;
        return b;
    }

    static PersonBuilder mentee() {
        PersonBuilder b = new PersonBuilder();
        b.roles.add(Role.MENTEE);
        return b;
    }

    PersonBuilder id(UUID id) {
        this.id = id;
        return this;
    }

    PersonBuilder alsoMentee() {
        roles.add(Role.MENTEE);
        return this;
    }

    PersonBuilder roles(Role... rs) {
        roles.clear();
        roles.addAll(List.of(rs));
        return this;
    }

    PersonBuilder stage(int stage) {
        this.stage = stage;
        return this;
    }

    PersonBuilder teach(int skill, int level) {
        teach.put(skill, level);
        return this;
    }

    PersonBuilder learn(int skill, int level) {
        learn.put(skill, level);
        return this;
    }

    PersonBuilder goals(Goal... gs) {
        goals.addAll(List.of(gs));
        return this;
    }

    PersonBuilder languages(String... ls) {
        languages.clear();
        languages.addAll(List.of(ls));
        return this;
    }

    PersonBuilder zone(String zone) {
        this.zone = ZoneId.of(zone);
        return this;
    }

    PersonBuilder window(DayOfWeek day, String from, String to) {
        int end = to.equals("24:00") ? 1440 : LocalTime.parse(to).toSecondOfDay() / 60;
        availability.add(new Window(day, LocalTime.parse(from).toSecondOfDay() / 60, end));
        return this;
    }

    PersonBuilder formats(Format... fs) {
        formats.clear();
        formats.addAll(List.of(fs));
        return this;
    }

    PersonBuilder place(String country, String city) {
        this.country = country;
        this.city = city;
        return this;
    }

    PersonBuilder capacity(int capacity, int activeMentees) {
        this.capacity = capacity;
        this.activeMentees = activeMentees;
        return this;
    }

    PersonBuilder inactive() {
        active = false;
        return this;
    }

    PersonBuilder blocks(UUID other) {
        blocked.add(other);
        return this;
    }

    PersonBuilder excludes(UUID other) {
        excluded.add(other);
        return this;
    }

    PersonBuilder department(String department) {
        this.department = department;
        return this;
    }

    /** Everyone above this person in the manager chain, nearest first. */
    PersonBuilder reportsTo(UUID... managers) {
        reportingLine.addAll(List.of(managers));
        return this;
    }

    Person build() {
        return new Person(id, stage, roles, teach, learn, goals, languages, zone, availability, formats, country, city,
                capacity, activeMentees, active, blocked, excluded).withOrg(department, reportingLine);
    }
}
