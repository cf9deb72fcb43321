package dev.mentorhub.program.invitation;

import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.profile.ProfileValidator;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.skill.SkillService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When someone accepts an imported invitation and has no profile yet, starts their profile from the import row: the
 * program role as their profile roles, teach skills at a middle proficiency, learn skills at a middle target level,
 * visible to their programs' members only. Onboarding is not marked done, so they still review it. A member who
 * already has a profile keeps it untouched.
 */
@ApplicationScoped
class ImportedProfile {

    static final int DEFAULT_LEVEL = 3;

    private final MemberRepository members;
    private final ProfileService profiles;
    private final ProfileValidator validator;
    private final SkillService skills;

    ImportedProfile(MemberRepository members, ProfileService profiles, ProfileValidator validator,
            SkillService skills) {
        this.members = members;
        this.profiles = profiles;
        this.validator = validator;
        this.skills = skills;
    }

    void prefill(UUID memberId, ProgramRole role, ImportedDetails details) {
        Member member = members.findLive(memberId).orElse(null);
        if (member == null || !details.hasSkills() || profiles.hasProfile(member)) {
            return;
        }
        // Skills retired since the import are left out rather than refusing the acceptance.
        List<String> wanted = new ArrayList<>(details.teachSkills());
        wanted.addAll(details.learnSkills());
        Map<String, Boolean> usable = skills.usability(wanted);
        ProfileRequest start = ProfileRequest.from(profiles.mine(member));
        ProfileRequest request = new ProfileRequest(start.displayName(), start.headline(), start.bio(),
                start.careerStage(), roles(role),
                details.teachSkills().stream().filter(s -> usable.getOrDefault(s, false))
                        .map(s -> new ProfileRequest.TeachSkill(s, DEFAULT_LEVEL)).toList(),
                details.learnSkills().stream().filter(s -> usable.getOrDefault(s, false))
                        .map(s -> new ProfileRequest.LearnSkill(s, DEFAULT_LEVEL)).toList(),
                start.goals(), start.goalsText(), start.languages(), start.timeZone(), start.availability(),
                start.formats(), start.city(), start.country(), start.links(), start.mentorCapacity(), "programs");
        try {
            // Checked here, outside ProfileService's transaction boundary, so a refusal cannot doom the acceptance.
            validator.validate(request);
        } catch (InvalidInputException e) {
            Log.infof("Imported details of member %s do not make a valid profile; left for onboarding", memberId);
            return;
        }
        profiles.replace(member, request, false);
    }

    private static List<String> roles(ProgramRole role) {
        return switch (role) {
            case MENTEE -> List.of("mentee");
            case MENTOR -> List.of("mentor");
            case BOTH -> List.of("mentor", "mentee");
        };
    }
}
