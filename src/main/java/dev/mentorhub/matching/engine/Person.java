package dev.mentorhub.matching.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the engine knows about a member. Skill ids are the dense ids of the {@link SkillGraph}; {@code teach}
 * maps a skill to the proficiency 1..5, {@code learn} to the target level 1..5. {@code active} is decided by the
 * caller (for example: last seen within 30 days). {@code excluded} holds the members already paired with this one
 * or who declined (or were declined by) this one recently; either side's set excludes the pair. Inside a program,
 * {@code answers} are their answers to its matching questions, {@code department} their department (null when
 * unknown) and {@code reportingLine} the ids of everyone above them in the manager chain (see {@link OrgChart}); they
 * count only where the program's {@link ProgramRules} say so.
 */
public record Person(
        UUID id,
        int stage,
        Set<Role> roles,
        Map<Integer, Integer> teach,
        Map<Integer, Integer> learn,
        Set<Goal> goals,
        Set<String> languages,
        ZoneId zone,
        List<Window> availability,
        Set<Format> formats,
        String country,
        String city,
        int capacity,
        int activeMentees,
        boolean active,
        Set<UUID> blocked,
        Set<UUID> excluded,
        Set<String> answers,
        String department,
        Set<UUID> reportingLine) {

    /** A person outside any program: no answers, no place in an org chart (the population-wide index has neither). */
    public Person(UUID id, int stage, Set<Role> roles, Map<Integer, Integer> teach, Map<Integer, Integer> learn,
            Set<Goal> goals, Set<String> languages, ZoneId zone, List<Window> availability, Set<Format> formats,
            String country, String city, int capacity, int activeMentees, boolean active, Set<UUID> blocked,
            Set<UUID> excluded) {
        this(id, stage, roles, teach, learn, goals, languages, zone, availability, formats, country, city, capacity,
                activeMentees, active, blocked, excluded, Set.of(), null, Set.of());
    }

    /**
     * The same person with answers to a program's matching questions ({@code "question=answer"} tags): inside that
     * program, shared answers count like shared goals.
     */
    public Person withAnswers(Set<String> programAnswers) {
        return new Person(id, stage, roles, teach, learn, goals, languages, zone, availability, formats, country, city,
                capacity, activeMentees, active, blocked, excluded, programAnswers, department, reportingLine);
    }

    /**
     * The same person placed in a program's org chart: their department (free text) and the ids of everyone above
     * them in the manager chain.
     */
    public Person withOrg(String orgDepartment, Set<UUID> managersAbove) {
        return new Person(id, stage, roles, teach, learn, goals, languages, zone, availability, formats, country, city,
                capacity, activeMentees, active, blocked, excluded, answers, orgDepartment, managersAbove);
    }

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        if (stage < 0 || stage >= Stage.COUNT) {
            throw new IllegalArgumentException("stage must be 0.." + (Stage.COUNT - 1) + ": " + stage);
        }
        if (capacity < 0 || activeMentees < 0) {
            throw new IllegalArgumentException("capacity and active mentees must be >= 0");
        }
        roles = Set.copyOf(roles);
        teach = checkedLevels(teach, "teach");
        learn = checkedLevels(learn, "learn");
        goals = Set.copyOf(goals);
        languages = Set.copyOf(languages);
        availability = List.copyOf(availability);
        formats = Set.copyOf(formats);
        blocked = Set.copyOf(blocked);
        excluded = Set.copyOf(excluded);
        answers = Set.copyOf(answers);
        reportingLine = Set.copyOf(reportingLine);
    }

    private static Map<Integer, Integer> checkedLevels(Map<Integer, Integer> levels, String what) {
        levels.forEach((skill, level) -> {
            if (skill < 0 || level < 1 || level > 5) {
                throw new IllegalArgumentException(what + " skill " + skill + " must have a level 1..5: " + level);
            }
        });
        return Map.copyOf(levels);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
