package dev.mentorhub.profile;

import java.util.List;
import java.util.Map;

/** Valid profile requests to start from; tests change one thing at a time. */
final class ProfileRequests {

    private ProfileRequests() {
    }

    static ProfileRequest complete(String teachSlug, String learnSlug) {
        return new ProfileRequest("Mei Chen", "ML engineer, search ranking", "I build ranking models.", "senior",
                List.of("mentor", "mentee"),
                List.of(new ProfileRequest.TeachSkill(teachSlug, 5)),
                List.of(new ProfileRequest.LearnSkill(learnSlug, 3)),
                List.of("leadership", "public-speaking"), "Grow into a staff role", List.of("en", "zh"),
                "Asia/Shanghai",
                List.of(new ProfileRequest.Window("tuesday", "19:00", "21:00"),
                        new ProfileRequest.Window("thursday", "19:00", "21:00")),
                List.of("video", "chat"), "Shanghai", "CN",
                Map.of("github", "https://github.com/mei", "website", "https://mei.example.org"), 2, "everyone");
    }

    static ProfileRequest with(ProfileRequest r, String field, Object value) {
        return new ProfileRequest(
                pick(field, "displayName", value, r.displayName()), pick(field, "headline", value, r.headline()),
                pick(field, "bio", value, r.bio()), pick(field, "careerStage", value, r.careerStage()),
                pick(field, "roles", value, r.roles()), pick(field, "teachSkills", value, r.teachSkills()),
                pick(field, "learnSkills", value, r.learnSkills()), pick(field, "goals", value, r.goals()),
                pick(field, "goalsText", value, r.goalsText()), pick(field, "languages", value, r.languages()),
                pick(field, "timeZone", value, r.timeZone()), pick(field, "availability", value, r.availability()),
                pick(field, "formats", value, r.formats()), pick(field, "city", value, r.city()),
                pick(field, "country", value, r.country()), pick(field, "links", value, r.links()),
                pick(field, "mentorCapacity", value, r.mentorCapacity()),
                pick(field, "visibility", value, r.visibility()));
    }

    @SuppressWarnings("unchecked")
    private static <T> T pick(String field, String name, Object value, T current) {
        return field.equals(name) ? (T) value : current;
    }
}
