package dev.mentorhub.mentorship;

import static io.restassured.RestAssured.given;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Mentors and mentees for request tests, each around a skill unique to the calling test. */
@ApplicationScoped
public class RequestPopulation {

    private final ProfileService profiles;
    private final MemberService members;
    private final MemberRepository memberRows;
    private final TestData data;
    private final EntityManager em;

    RequestPopulation(ProfileService profiles, MemberService members, MemberRepository memberRows, TestData data,
            EntityManager em) {
        this.profiles = profiles;
        this.members = members;
        this.memberRows = memberRows;
        this.data = data;
        this.em = em;
    }

    /** A new Keycloak user with a real access token, signed in once through the API, with a profile. */
    public record ApiUser(String username, String token, Member member) {
    }

    public ApiUser apiUser(Skill skill, String name, List<String> roles, int capacity) {
        String username = TestKeycloak.createUser(TestData.unique("rq-" + name.toLowerCase()), name, "Test");
        String token = TestKeycloak.accessToken(TestKeycloak.CLI_CLIENT, username, username);
        String id = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        Member member = memberRows.findById(UUID.fromString(id));
        save(member, skill, name, roles, capacity, "everyone");
        return new ApiUser(username, token, member);
    }

    /** A JSON POST as {@code as} (bodiless when {@code body} is null: JSON still, the CSRF filter refuses forms). */
    public static io.restassured.response.Response post(ApiUser as, String path, Object body) {
        var request = given().auth().oauth2(as.token()).contentType(io.restassured.http.ContentType.JSON);
        return (body == null ? request : request.body(body)).post(path);
    }

    /** {@code from} asks {@code to} over the API; returns the request id. */
    public static String send(ApiUser from, ApiUser to) {
        return post(from, "/api/v1/requests", Map.of("recipientId", to.member().id().toString(), "message", "Hello"))
                .then().statusCode(201).extract().path("id");
    }

    public Skill skill() {
        return data.skill(TestData.unique("rq-skill"), null);
    }

    public Member mentor(Skill skill, String name, int capacity) {
        return save(data.member(name), skill, name, List.of("mentor"), capacity, "everyone");
    }

    Member hiddenMentor(Skill skill, String name) {
        return save(data.member(name), skill, name, List.of("mentor"), 2, "hidden");
    }

    public Member mentee(Skill skill, String name) {
        return save(data.member(name), skill, name, List.of("mentee"), 2, "everyone");
    }

    Member both(Skill skill, String name) {
        return save(data.member(name), skill, name, List.of("mentor", "mentee"), 2, "everyone");
    }

    /** The member a {@code @TestSecurity} or token-authenticated request acts as, keyed by its OIDC subject. */
    public Member signedIn(String subject, String name) {
        return members.signedIn(new SignedInIdentity(subject, subject, name, subject + "@example.org", Set.of("member")));
    }

    public Member save(Member m, Skill skill, String name, List<String> roles, int capacity, String visibility) {
        boolean teaches = roles.contains("mentor");
        boolean learns = roles.contains("mentee");
        profiles.replace(m, new ProfileRequest(name, name + " headline", null, teaches ? "senior" : "early-career",
                roles, teaches ? List.of(new ProfileRequest.TeachSkill(skill.slug(), 5)) : List.of(),
                learns ? List.of(new ProfileRequest.LearnSkill(skill.slug(), 4)) : List.of(),
                List.of("career-growth"), null, List.of("en"), "UTC",
                List.of(new ProfileRequest.Window("tuesday", "18:00", "20:00")), List.of("video"), null, null,
                Map.of(), capacity, visibility), true);
        return m;
    }

    @Transactional
    long activeMentorshipsAsMentor(UUID mentorId) {
        return em.createQuery("select count(m) from Mentorship m where m.mentorId = :id and m.status = :s", Long.class)
                .setParameter("id", mentorId).setParameter("s", MentorshipStatus.ACTIVE).getSingleResult();
    }

    @Transactional
    long outbox(String key) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where message_key = :k")
                .setParameter("k", key).getSingleResult()).longValue();
    }

    @Transactional
    String outboxText(String key) {
        return (String) em.createNativeQuery("select text_body from outbox_message where message_key = :k")
                .setParameter("k", key).getSingleResult();
    }

    @Transactional
    String mentorshipStatus(UUID id) {
        return em.find(Mentorship.class, id).status().name();
    }

    @Transactional
    String recipientOf(String key) {
        return em.createNativeQuery("select recipient_member_id from outbox_message where message_key = :k")
                .setParameter("k", key).getSingleResult().toString();
    }
}
