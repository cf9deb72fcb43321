package dev.mentorhub.program.attention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.member.Member;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.testsupport.HtmlForms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.junit.jupiter.api.Test;

/**
 * The attention lists over a known dataset, asserted exactly; who may see them (the program's admins and platform
 * admins; members and other organizations' admins get 404); and the reminder (one mail, one audit event, not twice a
 * day).
 */
@QuarkusTest
class AttentionTest {

    private static final String ADMIN = "attention-admin";
    private static final String OTHER_ADMIN = "attention-other-admin";
    private static final String MEMBER = "attention-member";

    @Inject
    ProgramWorld world;

    @Inject
    MembershipService memberships;

    @Inject
    EntityManager em;

    /** The program and its people; requests r1 (overdue), r2 (half-way, reminded 2 h ago), r3 (too early). */
    record Data(UUID program, UUID otherProgram, Member m1, Member m2, Member m4, Member t1, Member t2, Member t3,
            Member t4, UUID r1, UUID r2, UUID r3, UUID outsiderRequest) {
    }

    private static Data data;

    private synchronized Data data() {
        if (data != null) {
            return data;
        }
        Instant now = Instant.now();
        Member admin = world.member(ADMIN, "Attention Admin", "attention-admin@example.org");
        Member otherAdmin = world.member(OTHER_ADMIN, "Other Admin", "attention-other@example.org");
        Member m1 = world.member(MEMBER, "Mentee One", "attention-member@example.org");
        UUID program = world.openProgram(admin).id();
        UUID otherProgram = world.openProgram(otherAdmin).id();
        Member m2 = world.someone("MenteeTwo");
        Member m3 = world.someone("MenteeThree");
        Member m4 = world.someone("Both Four");
        Member t1 = world.someone("Mentor One");
        Member t2 = world.someone("Mentor Two");
        Member t3 = world.someone("Mentor Three");
        Member t4 = world.someone("Mentor Four");
        Member outsider = world.someone("Outsider");
        world.join(admin, program, m1, "mentee");
        world.join(admin, program, m2, "both");
        world.join(admin, program, m3, "mentee");
        world.join(admin, program, m4, "both");
        for (Member t : List.of(t1, t2, t3, t4)) {
            world.join(admin, program, t, "mentor");
        }
        world.join(otherAdmin, otherProgram, outsider, "mentee");
        memberships.leave(ProgramWorld.caller(m3), program);

        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        UUID r3 = UUID.randomUUID();
        UUID outsiderRequest = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            joined(program, m1, now.minus(Duration.ofDays(10)));
            joined(program, m4, now.minus(Duration.ofDays(3)));
            seen(m2, now.minus(Duration.ofDays(3)));
            seen(m4, now.minus(Duration.ofDays(2)));
            seen(t4, now.minus(Duration.ofDays(1)));
            seen(t3, now.minus(Duration.ofDays(40)));
            request(r1, m1, t2, "PENDING", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(4)), null, null);
            request(r2, m1, t4, "PENDING", now.minus(Duration.ofDays(6)), now.plus(Duration.ofDays(2)), null,
                    now.minus(Duration.ofHours(2)));
            request(r3, m1, t1, "PENDING", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6)), null, null);
            request(outsiderRequest, outsider, t2, "PENDING", now.minus(Duration.ofDays(10)),
                    now.minus(Duration.ofDays(1)), null, null);
            // t1: accepted m2's request 10 days ago and mentors m2; t2: last match 40 days ago; t3: 5 days ago.
            UUID accepted = UUID.randomUUID();
            request(accepted, m2, t1, "ACCEPTED", now.minus(Duration.ofDays(11)), now.plus(Duration.ofDays(3)),
                    now.minus(Duration.ofDays(10)), null);
            em.createNativeQuery("insert into mentorship (id, mentor_id, mentee_id, request_id, status, started_at) "
                    + "values (?1, ?2, ?3, ?4, 'ACTIVE', ?5)").setParameter(1, UUID.randomUUID())
                    .setParameter(2, t1.id()).setParameter(3, m2.id()).setParameter(4, accepted)
                    .setParameter(5, now.minus(Duration.ofDays(10))).executeUpdate();
            request(UUID.randomUUID(), m3, t2, "ACCEPTED", now.minus(Duration.ofDays(41)),
                    now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(40)), null);
            request(UUID.randomUUID(), m4, t3, "ACCEPTED", now.minus(Duration.ofDays(6)),
                    now.plus(Duration.ofDays(3)), now.minus(Duration.ofDays(5)), null);
        });
        data = new Data(program, otherProgram, m1, m2, m4, t1, t2, t3, t4, r1, r2, r3, outsiderRequest);
        return data;
    }

    private void joined(UUID program, Member m, Instant at) {
        em.createNativeQuery("update program_member set joined_at = ?1 where program_id = ?2 and member_id = ?3")
                .setParameter(1, at).setParameter(2, program).setParameter(3, m.id()).executeUpdate();
    }

    private void seen(Member m, Instant at) {
        em.createNativeQuery("update member set last_seen_at = ?1 where id = ?2").setParameter(1, at)
                .setParameter(2, m.id()).executeUpdate();
    }

    private void request(UUID id, Member from, Member to, String status, Instant created, Instant expires,
            Instant decided, Instant reminded) {
        em.createNativeQuery("insert into match_request (id, sender_id, recipient_id, kind, message, status, "
                + "created_at, decided_at, expires_at, reminded_at) values (?1, ?2, ?3, 'MENTORING', 'Hello', ?4, ?5, "
                + "?6, ?7, ?8)").unwrap(NativeQuery.class).setParameter(1, id).setParameter(2, from.id()).setParameter(3, to.id())
                .setParameter(4, status).setParameter(5, created).setParameter(6, decided, Instant.class)
                .setParameter(7, expires).setParameter(8, reminded, Instant.class).executeUpdate();
    }

    private String api(UUID program, String list) {
        return "/api/v1/programs/" + program + "/attention/" + list;
    }

    @Test
    @TestSecurity(user = "attention-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldListPendingRequestsPastHalfwayFromMembersOnlyOverdueFirst() {
        Data d = data();
        given().when().get(api(d.program(), "requests")).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.requestId", equalTo(List.of(d.r1().toString(), d.r2().toString())))
                .body("items[0].senderName", equalTo("Mentee One"))
                .body("items[0].recipientName", equalTo("Mentor Two"))
                .body("items[0].overdue", equalTo(true))
                .body("items[1].overdue", equalTo(false))
                .body("items[1].lastRemindedAt", not(nullValue()))
                .body("items[1].canRemindNow", equalTo(false));
        given().when().get(api(d.program(), "requests") + "?size=1&page=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items.requestId", equalTo(List.of(d.r2().toString())));
    }

    @Test
    @TestSecurity(user = "attention-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldListUnmatchedMenteesLongestWaitingFirst() {
        Data d = data();
        given().when().get(api(d.program(), "unmatched-mentees")).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.memberId", equalTo(List.of(d.m1().id().toString(), d.m4().id().toString())))
                .body("items.daysSinceJoining", equalTo(List.of(10, 3)))
                .body("items.role", equalTo(List.of("mentee", "both")));
    }

    @Test
    @TestSecurity(user = "attention-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldListIdleMentorsNeverMatchedFirst() {
        Data d = data();
        given().when().get(api(d.program(), "idle-mentors")).then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.memberId", equalTo(List.of(d.m2().id().toString(), d.m4().id().toString(),
                        d.t4().id().toString(), d.t2().id().toString(), d.t3().id().toString())))
                .body("items.noRecentMatch", equalTo(List.of(true, true, true, true, false)))
                .body("items.notSeen", equalTo(List.of(false, false, false, false, true)))
                .body("items[0].lastMatchAt", nullValue());
    }

    @Test
    @TestSecurity(user = "attention-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldQueueExactlyOneReminderMailWithAnAuditEventAndNotTwiceADay() {
        Data d = data();
        given().contentType(ContentType.JSON).when().post(api(d.program(), "requests/" + d.r1() + "/reminder")).then().statusCode(200)
                .body("recipientId", equalTo(d.t2().id().toString()));
        assertThat(count("select count(*) from outbox_message where message_key like ?1 and recipient_member_id = ?2",
                "request-reminder:" + d.r1() + ":%", d.t2().id())).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'request.reminder-sent' and target_id = ?1 "
                + "and program_id = ?2", d.r1().toString(), d.program())).isEqualTo(1);

        given().contentType(ContentType.JSON).when().post(api(d.program(), "requests/" + d.r1() + "/reminder")).then().statusCode(409)
                .body("type", endsWith("/reminded-recently"));
        // r2 had its automatic reminder two hours ago; r3 is not half-way yet; the outsider's is not this program's.
        given().contentType(ContentType.JSON).when().post(api(d.program(), "requests/" + d.r2() + "/reminder")).then().statusCode(409);
        given().contentType(ContentType.JSON).when().post(api(d.program(), "requests/" + d.r3() + "/reminder")).then().statusCode(404);
        given().contentType(ContentType.JSON).when().post(api(d.program(), "requests/" + d.outsiderRequest() + "/reminder")).then().statusCode(404);
        assertThat(count("select count(*) from outbox_message where message_key like ?1", "request-reminder:" + d.r1()
                + ":%", null)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_message where message_key like ?1", "request-reminder:" + d.r2()
                + ":%", null)).isZero();

        given().accept("text/html").when().get("/admin/programs/" + d.program() + "/attention").then().statusCode(200)
                .body(containsString("Reminded already; next reminder from"))
                .body(not(containsString("/requests/" + d.r1() + "/reminder")));
    }

    @Test
    @TestSecurity(user = "attention-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldShowTheListsOnTabsWithReminderButtonsInBothLanguages() {
        Data d = data();
        String base = "/admin/programs/" + d.program() + "/attention";
        given().accept("text/html").when().get(base).then().statusCode(200)
                .body(containsString("Pending requests (2)")).body(containsString("Unmatched mentees (2)"))
                .body(containsString("Inactive mentors (5)"))
                .body(containsString("id=\"request-" + d.r2() + "\""))
                .body(containsString("overdue"));
        given().accept("text/html").when().get(base + "?tab=mentees").then().statusCode(200)
                .body(containsString("id=\"mentee-" + d.m1().id() + "\"")).body(containsString("<td class=\"days\">10</td>"));
        given().accept("text/html").header("Accept-Language", "zh-CN").when().get(base + "?tab=mentors")
                .then().statusCode(200).body(containsString("不活跃导师（5）")).body(containsString("30 天未登录"))
                .body(containsString("id=\"mentor-" + d.t3().id() + "\""));
    }

    @Test
    @TestSecurity(user = "attention-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldSendAReminderFromThePage() {
        data();
        // A program of its own, so the shared dataset's numbers stay as they are.
        Member admin = world.member(ADMIN, "Attention Admin", "attention-admin@example.org");
        UUID program = world.openProgram(admin).id();
        Member mentee = world.someone("Waiting Mentee");
        world.join(admin, program, mentee, "mentee");
        UUID fresh = UUID.randomUUID();
        Member mentor = world.someone("Reminded Mentor");
        world.join(admin, program, mentor, "mentor");
        QuarkusTransaction.requiringNew().run(() -> request(fresh, mentee, mentor, "PENDING",
                Instant.now().minus(Duration.ofDays(8)), Instant.now().minus(Duration.ofHours(1)), null, null));
        String base = "/admin/programs/" + program + "/attention";
        var again = HtmlForms.form(base);
        HtmlForms.form(base).post(base + "/requests/" + fresh + "/reminder")
                .then().statusCode(303).header("Location", endsWith("done=reminded"));
        given().accept("text/html").when().get(base + "?tab=requests&done=reminded").then().statusCode(200)
                .body(containsString("The reminder was queued."));
        again.post(base + "/requests/" + fresh + "/reminder")
                .then().statusCode(303).header("Location", endsWith("done=too-soon"));
        assertThat(count("select count(*) from outbox_message where message_key like ?1", "request-reminder:" + fresh
                + ":%", null)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "attention-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldListAndRemindOnlyRequestsWhoseSenderAndRecipientAreBothActiveMembers() {
        data();
        // A program of its own: a member's requests to someone of another organization and to someone who left.
        Member admin = world.member(ADMIN, "Attention Admin", "attention-admin@example.org");
        UUID program = world.openProgram(admin).id();
        Member otherAdmin = world.someone("Elsewhere Admin");
        UUID elsewhere = world.openProgram(otherAdmin).id();
        Member mentee = world.someone("Asking Mentee");
        Member colleague = world.someone("Colleague Mentor");
        Member leaver = world.someone("Leaving Mentor");
        Member stranger = world.someone("Stranger Elsewhere");
        world.join(admin, program, mentee, "mentee");
        world.join(admin, program, colleague, "mentor");
        world.join(admin, program, leaver, "mentor");
        world.join(otherAdmin, elsewhere, stranger, "mentor");
        memberships.leave(ProgramWorld.caller(leaver), program);
        UUID inside = UUID.randomUUID();
        UUID toStranger = UUID.randomUUID();
        UUID toLeaver = UUID.randomUUID();
        Instant sent = Instant.now().minus(Duration.ofDays(10));
        Instant due = Instant.now().minus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> {
            request(inside, mentee, colleague, "PENDING", sent, due, null, null);
            request(toStranger, mentee, stranger, "PENDING", sent, due, null, null);
            request(toLeaver, mentee, leaver, "PENDING", sent, due, null, null);
        });

        given().when().get(api(program, "requests")).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.requestId", equalTo(List.of(inside.toString())))
                .body(not(containsString("Stranger Elsewhere"))).body(not(containsString("Leaving Mentor")));
        given().accept("text/html").when().get("/admin/programs/" + program + "/attention").then().statusCode(200)
                .body(containsString("Pending requests (1)")).body(not(containsString("Stranger Elsewhere")));
        for (UUID refused : List.of(toStranger, toLeaver)) {
            given().contentType(ContentType.JSON).when().post(api(program, "requests/" + refused + "/reminder"))
                    .then().statusCode(404).contentType("application/problem+json");
            assertThat(count("select count(*) from outbox_message where message_key like ?1",
                    "request-reminder:" + refused + ":%", null)).isZero();
        }
        given().contentType(ContentType.JSON).when().post(api(program, "requests/" + inside + "/reminder"))
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "attention-member", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEMBER))
    void shouldAnswer404ToMembers() {
        Data d = data();
        for (String list : List.of("requests", "unmatched-mentees", "idle-mentors")) {
            given().when().get(api(d.program(), list)).then().statusCode(404);
        }
        given().contentType(ContentType.JSON).when().post(api(d.program(), "requests/" + d.r1() + "/reminder")).then().statusCode(404);
        given().accept("text/html").when().get("/admin/programs/" + d.program() + "/attention").then()
                .statusCode(404).body(not(containsString("Mentor Two")));
    }

    @Test
    @TestSecurity(user = "attention-other-admin", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = OTHER_ADMIN))
    void shouldAnswer404ToAdminsOfAnotherOrganization() {
        Data d = data();
        for (String list : List.of("requests", "unmatched-mentees", "idle-mentors")) {
            given().when().get(api(d.program(), list)).then().statusCode(404);
        }
        given().contentType(ContentType.JSON).when().post(api(d.program(), "requests/" + d.r2() + "/reminder")).then().statusCode(404);
        given().accept("text/html").when().get("/admin/programs/" + d.program() + "/attention").then()
                .statusCode(404);
        // Their own program is theirs to see: the outsider's request to A's mentor is not theirs either.
        given().when().get(api(d.otherProgram(), "requests")).then().statusCode(200).body("total", equalTo(0))
                .body(not(containsString("Mentor Two")));
        given().accept("text/html").when().get("/admin/programs/" + d.otherProgram() + "/attention?tab=mentors")
                .then().statusCode(200).body(containsString("id=\"attention-empty\""));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = "attention-platform-admin"))
    void shouldShowTheListsToPlatformAdmins() {
        Data d = data();
        given().when().get(api(d.program(), "unmatched-mentees")).then().statusCode(200).body("total", equalTo(2));
    }

    private long count(String sql, Object first, Object second) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql).setParameter(1, first);
            if (second != null) {
                query.setParameter(2, second);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
