package dev.mentorhub.session;

import static io.restassured.RestAssured.given;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.SendRequest;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * People with real Keycloak tokens and a mentorship between them, made through the API (request, accept), for the
 * session tests. Every call makes new people, so tests share nothing.
 */
@ApplicationScoped
class SessionWorld {

    private final ProfileService profiles;
    private final MemberRepository members;
    private final TestData data;
    private final EntityManager em;
    private final MemberService memberService;
    private final MatchRequestService requests;

    SessionWorld(ProfileService profiles, MemberRepository members, TestData data, EntityManager em,
            MemberService memberService, MatchRequestService requests) {
        this.profiles = profiles;
        this.members = members;
        this.data = data;
        this.em = em;
        this.memberService = memberService;
        this.requests = requests;
    }

    record User(String token, Member member) {
    }

    record Pair(UUID mentorshipId, User mentor, User mentee) {
    }

    /** A member with a real token and a profile in {@code zone}, teaching or learning the skill. */
    User user(Skill skill, String name, String role, String zone) {
        String username = TestKeycloak.createUser(TestData.unique("ss-" + name.toLowerCase()), name, "Test");
        String token = TestKeycloak.accessToken(TestKeycloak.CLI_CLIENT, username, username);
        String id = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        Member member = members.findById(UUID.fromString(id));
        profile(member, skill, name, role, zone);
        return new User(token, member);
    }

    private void profile(Member member, Skill skill, String name, String role, String zone) {
        boolean teaches = role.equals("mentor");
        profiles.replace(member, new ProfileRequest(name, name + " headline", null, teaches ? "senior" : "early-career",
                List.of(role), teaches ? List.of(new ProfileRequest.TeachSkill(skill.slug(), 5)) : List.of(),
                teaches ? List.of() : List.of(new ProfileRequest.LearnSkill(skill.slug(), 4)),
                List.of("career-growth"), null, List.of("en"), zone,
                List.of(new ProfileRequest.Window("tuesday", "18:00", "20:00")), List.of("video"), null, null,
                Map.of(), 3, "everyone"), true);
    }

    /** A mentor in {@code mentorZone} and a mentee in {@code menteeZone}, paired through a request and its accept. */
    Pair pair(String mentorZone, String menteeZone) {
        Skill skill = data.skill(TestData.unique("ss-skill"), null);
        User mentor = user(skill, "Mentor", "mentor", mentorZone);
        User mentee = user(skill, "Mentee", "mentee", menteeZone);
        String request = post(mentee, "/api/v1/requests", Map.of("recipientId", mentor.member().id().toString(),
                "message", "Hello")).then().statusCode(201).extract().path("id");
        String mentorship = post(mentor, "/api/v1/requests/" + request + "/accept", null).then().statusCode(200)
                .extract().path("id");
        return new Pair(UUID.fromString(mentorship), mentor, mentee);
    }

    /** The member a {@code @TestSecurity} request with this OIDC subject acts as, with a profile in {@code zone}. */
    Member signedIn(String subject, String name, String role, String zone, Skill skill) {
        Member member = memberService.signedIn(new SignedInIdentity(subject, subject, name, subject + "@example.org",
                Set.of("member")));
        profile(member, skill, name, role, zone);
        return member;
    }

    /** A new mentor in {@code zone} for {@code mentee}, paired through a request and its accept (services). */
    UUID mentorFor(Member mentee, Skill skill, String name, String zone) {
        Member mentor = data.member(name);
        profile(mentor, skill, name, "mentor", zone);
        UUID request = requests.send(mentee, new SendRequest(mentor.id(), "mentoring", "Hello", List.of())).id();
        return requests.accept(mentor, request).id();
    }

    /** A JSON POST (bodiless when {@code body} is null: JSON still, as the CSRF filter refuses forms). */
    static Response post(User as, String path, Object body) {
        var request = given().auth().oauth2(as.token()).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).post(path);
    }

    /** Pairs of one member's held times that overlap: none, whatever happened. */
    @Transactional
    long overlappingHolds(UUID memberId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from session_attendee a join session_attendee b
                  on a.member_id = b.member_id and a.session_id < b.session_id and a.during && b.during
                where a.member_id = :m
                """).setParameter("m", memberId).getSingleResult()).longValue();
    }

    /** The subject and the attached calendar of the mail queued under {@code key}, or null when there is none. */
    @Transactional
    Object[] mail(String key) {
        List<?> rows = em.createNativeQuery("select subject, calendar from outbox_message where message_key = :k")
                .setParameter("k", key).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    @Transactional
    long outboxLike(String keyPattern) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where message_key like :k")
                .setParameter("k", keyPattern).getSingleResult()).longValue();
    }

    @Transactional
    long notifications(UUID recipient, String kind, UUID subject) {
        return ((Number) em.createNativeQuery("select count(*) from notification where recipient_id = :r and kind = :k"
                + " and subject_id = :s").setParameter("r", recipient).setParameter("k", kind)
                .setParameter("s", subject).getSingleResult()).longValue();
    }

    @Transactional
    long sessionsOf(UUID mentorshipId) {
        return ((Number) em.createNativeQuery("select count(*) from mentoring_session where mentorship_id = :m")
                .setParameter("m", mentorshipId).getSingleResult()).longValue();
    }

    /** Moves a session into the past (it ended {@code agoHours} hours ago), as if time had passed. */
    @Transactional
    void endedAgo(UUID sessionId, int agoHours) {
        em.createNativeQuery("update mentoring_session set starts_at = now() - make_interval(hours => :h + 1), "
                + "ends_at = now() - make_interval(hours => :h) where id = :id").setParameter("h", agoHours)
                .setParameter("id", sessionId).executeUpdate();
    }

    /** Sets the goals the pair agreed. */
    @Transactional
    void agreeGoals(UUID mentorshipId, String... goals) {
        em.createNativeQuery("update mentorship set goals = cast(:g as text[]) where id = :id")
                .setParameter("g", "{" + String.join(",", goals) + "}").setParameter("id", mentorshipId)
                .executeUpdate();
    }

    @Transactional
    String sessionStatus(UUID sessionId) {
        return (String) em.createNativeQuery("select status from mentoring_session where id = :id")
                .setParameter("id", sessionId).getSingleResult();
    }
}
