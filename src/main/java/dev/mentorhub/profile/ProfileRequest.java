package dev.mentorhub.profile;

import java.util.List;
import java.util.Map;

/**
 * The whole editable profile as a client sends it (PUT /api/v1/profiles/me, and the profile forms). Everything is a
 * plain string or number here so that {@link ProfileValidator} can name each invalid field precisely.
 */
public record ProfileRequest(String displayName, String headline, String bio, String careerStage, List<String> roles,
        List<TeachSkill> teachSkills, List<LearnSkill> learnSkills, List<String> goals, String goalsText,
        List<String> languages, String timeZone, List<Window> availability, List<String> formats, String city,
        String country, Map<String, String> links, Integer mentorCapacity, String visibility) {

    /** The request that would store this profile unchanged: the starting point for partial edits. */
    public static ProfileRequest from(ProfileDto p) {
        return new ProfileRequest(p.displayName(), p.headline(), p.bio(), p.careerStage(), p.roles(),
                p.teachSkills().stream().map(s -> new TeachSkill(s.skill(), s.level())).toList(),
                p.learnSkills().stream().map(s -> new LearnSkill(s.skill(), s.level())).toList(), p.goals(),
                p.goalsText(), p.languages(), p.timeZone(),
                p.availability().stream().map(w -> new Window(w.day(), w.start(), w.end())).toList(), p.formats(),
                p.city(), p.country(), p.links(), p.mentorCapacity(), p.visibility());
    }

    public record TeachSkill(String skill, Integer proficiency) {
    }

    public record LearnSkill(String skill, Integer targetLevel) {
    }

    /** A weekly window: day ("monday"), start and end as "HH:mm" in the profile's time zone ("24:00" ends at midnight). */
    public record Window(String day, String start, String end) {
    }
}
