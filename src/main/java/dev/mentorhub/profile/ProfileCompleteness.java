package dev.mentorhub.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * How ready a profile is for good matches: a score from 0 to 100 and the missing items by name (stable keys such
 * as "teach-skills", which pages translate). What counts depends on the roles: mentors need skills they teach,
 * mentees skills they want to learn.
 */
public record ProfileCompleteness(int score, List<String> missing) {

    public static ProfileCompleteness of(Profile profile) {
        List<String> missing = new ArrayList<>();
        int total = 0;
        total += check(profile.isMentor() || profile.isMentee(), "roles", missing);
        total += check(profile.careerStage() != null, "career-stage", missing);
        total += check(profile.headline() != null, "headline", missing);
        total += check(profile.bio() != null, "bio", missing);
        if (profile.isMentor()) {
            total += check(!profile.teachSkills().isEmpty(), "teach-skills", missing);
        }
        if (profile.isMentee() || !profile.isMentor()) {
            total += check(!profile.learnSkills().isEmpty(), "learn-skills", missing);
        }
        total += check(!profile.goals().isEmpty() || profile.goalsText() != null, "goals", missing);
        total += check(!profile.languages().isEmpty(), "languages", missing);
        total += check(!profile.availability().isEmpty(), "availability", missing);
        total += check(!profile.formats().isEmpty(), "formats", missing);
        int score = Math.round(100f * (total - missing.size()) / total);
        return new ProfileCompleteness(score, List.copyOf(missing));
    }

    private static int check(boolean present, String item, List<String> missing) {
        if (!present) {
            missing.add(item);
        }
        return 1;
    }
}
