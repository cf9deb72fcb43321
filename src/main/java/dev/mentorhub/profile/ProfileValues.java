package dev.mentorhub.profile;

import java.util.Map;
import java.util.Set;

/** Everything a member can set on their profile, already validated (see {@link ProfileValidator}). */
record ProfileValues(String displayName, String headline, String bio, CareerStage careerStage, boolean mentor,
        boolean mentee, Set<SkillLevel> teachSkills, Set<SkillLevel> learnSkills, Set<GoalTag> goals, String goalsText,
        Set<String> languages, String timeZone, Set<AvailabilityWindow> availability, Set<MentoringFormat> formats,
        String city, String country, Map<LinkKind, String> links, int mentorCapacity, Visibility visibility) {
}
