package dev.mentorhub.testsupport;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.skill.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Creates what a test needs, with unique names so tests never see each other's data. */
@ApplicationScoped
public class TestData {

    private final SkillRepository skills;
    private final MemberService members;
    private final EntityManager em;

    TestData(SkillRepository skills, MemberService members, EntityManager em) {
        this.skills = skills;
        this.members = members;
        this.em = em;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public Skill skill(String slug, Skill parent) {
        Skill skill = new Skill(slug, "Skill " + slug, "技能 " + slug, parent);
        skills.persist(skill);
        return skill;
    }

    @Transactional
    public Skill retiredSkill(String slug) {
        Skill skill = skill(slug, null);
        em.createNativeQuery("update skill set retired = true where id = :id").setParameter("id", skill.id())
                .executeUpdate();
        return skill;
    }

    /** A member who has signed in once, without going through Keycloak. */
    public Member member(String name) {
        String subject = unique("test-" + name);
        return members.signedIn(new SignedInIdentity(subject, subject, name, subject + "@example.org", Set.of("member")));
    }

    @Transactional
    public void lastSeen(Member member, Instant when) {
        em.createQuery("update Member set lastSeenAt = :when where id = :id")
                .setParameter("when", when).setParameter("id", member.id()).executeUpdate();
    }
}
