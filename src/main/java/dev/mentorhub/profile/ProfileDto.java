package dev.mentorhub.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A profile as the API shows it; {@code completeness} only on the owner's own view. */
public record ProfileDto(UUID id, String displayName, String headline, String bio, String careerStage,
        List<String> roles, List<SkillEntry> teachSkills, List<SkillEntry> learnSkills, List<String> goals,
        String goalsText, List<String> languages, String timeZone, List<WindowDto> availability,
        List<String> formats, String city, String country, Map<String, String> links, int mentorCapacity,
        String visibility, Instant lastActiveAt, boolean inactiveMentor, boolean onboardingCompleted,
        ProfileCompleteness completeness) {

    /** A skill on a profile with its names in both languages; level is proficiency or target level. */
    public record SkillEntry(String skill, String nameEn, String nameZh, int level) {
    }

    public record WindowDto(String day, String start, String end) {
    }
}
