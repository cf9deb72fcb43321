package dev.mentorhub.block;

import dev.mentorhub.member.Member;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Profiles for blocking tests: everyone speaks English, is free Tuesday evenings UTC and shares one skill. */
@ApplicationScoped
class BlockPopulation {

    private final ProfileService profiles;
    private final EntityManager em;

    BlockPopulation(ProfileService profiles, EntityManager em) {
        this.profiles = profiles;
        this.em = em;
    }

    Member save(Member m, Skill skill, String name, List<String> roles, String visibility) {
        boolean teaches = roles.contains("mentor");
        boolean learns = roles.contains("mentee");
        profiles.replace(m, new ProfileRequest(name, name + " headline", null, teaches ? "senior" : "early-career",
                roles, teaches ? List.of(new ProfileRequest.TeachSkill(skill.slug(), 5)) : List.of(),
                learns ? List.of(new ProfileRequest.LearnSkill(skill.slug(), 4)) : List.of(),
                List.of("career-growth"), null, List.of("en"), "UTC",
                List.of(new ProfileRequest.Window("tuesday", "18:00", "20:00")), List.of("video"), null, null,
                Map.of(), 3, visibility), true);
        return m;
    }

    Member both(TestData data, Skill skill, String name) {
        return save(data.member(name), skill, name, List.of("mentor", "mentee"), "everyone");
    }

    @Transactional
    long blockRows(UUID memberId) {
        return ((Number) em.createNativeQuery("select count(*) from member_block where blocker_id = :id or blocked_id = :id")
                .setParameter("id", memberId).getSingleResult()).longValue();
    }

    @Transactional
    String requestStatus(UUID requestId) {
        return (String) em.createNativeQuery("select status from match_request where id = :id")
                .setParameter("id", requestId).getSingleResult();
    }
}
