package dev.mentorhub.matching;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileRequest.LearnSkill;
import dev.mentorhub.profile.ProfileRequest.TeachSkill;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Members with profiles for suggestion tests: everyone speaks English and is free Tuesday and Thursday evenings UTC. */
@ApplicationScoped
class SuggestionPopulation {

    private final ProfileService profiles;
    private final MemberService members;

    SuggestionPopulation(ProfileService profiles, MemberService members) {
        this.profiles = profiles;
        this.members = members;
    }

    /** A skill area with two sibling skills under it, unique to the calling test. */
    record Skills(Skill area, Skill a, Skill b) {
    }

    static Skills skills(TestData data) {
        Skill area = data.skill(TestData.unique("sg-area"), null);
        return new Skills(area, data.skill(TestData.unique("sg-a"), area), data.skill(TestData.unique("sg-b"), area));
    }

    /** The member a {@code @TestSecurity} test signs in as, keyed by the same OIDC subject. */
    Member signedIn(String subject, String name) {
        return members.signedIn(new SignedInIdentity(subject, subject, name, null, Set.of("member")));
    }

    Member mentor(TestData data, String name, List<TeachSkill> teaches, int capacity, String visibility) {
        Member m = data.member(name);
        save(m, name, "senior", List.of("mentor"), teaches, List.of(), capacity, visibility);
        return m;
    }

    void mentee(Member m, String name, List<LearnSkill> learns) {
        save(m, name, "early-career", List.of("mentee"), List.of(), learns, 2, "everyone");
    }

    void save(Member m, String name, String stage, List<String> roles, List<TeachSkill> teaches,
            List<LearnSkill> learns, int capacity, String visibility) {
        profiles.replace(m, new ProfileRequest(name, name + " headline", null, stage, roles, teaches, learns,
                List.of("career-growth"), null, List.of("en"), "UTC",
                List.of(new ProfileRequest.Window("tuesday", "18:00", "20:00"),
                        new ProfileRequest.Window("thursday", "18:00", "20:00")),
                List.of("video"), null, null, Map.of(), capacity, visibility), true);
    }

    static TeachSkill teach(Skill skill, int level) {
        return new TeachSkill(skill.slug(), level);
    }

    static LearnSkill learn(Skill skill, int level) {
        return new LearnSkill(skill.slug(), level);
    }
}
