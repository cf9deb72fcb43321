package dev.mentorhub.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.block.BlockService;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.MentorshipDto;
import dev.mentorhub.mentorship.RequestDto;
import dev.mentorhub.mentorship.SendRequest;
import dev.mentorhub.program.MemberOrgRequest;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.program.RosterService;
import dev.mentorhub.program.cohort.CohortService;
import dev.mentorhub.program.imports.ImportService;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * "Delete my account" for a member who has touched every table: afterwards no text column of any table (found in the
 * PostgreSQL catalog, not listed here) holds their email, user name, names, OIDC subject or anything they wrote, and
 * nothing they left open can be acted on. The export before deletion holds everything deletion erases.
 */
@QuarkusTest
class AccountDeletionTest {

    @Inject
    TestData data;

    @Inject
    ProgramWorld world;

    @Inject
    ProfileService profiles;

    @Inject
    MatchRequestService requests;

    @Inject
    BlockService blocks;

    @Inject
    MembershipService memberships;

    @Inject
    RosterService roster;

    @Inject
    CohortService cohorts;

    @Inject
    ImportService imports;

    @Inject
    AccountDeletion deletion;

    @Inject
    MemberRepository members;

    @Inject
    EntityManager em;

    /** The member who will delete their account, everything they touched, and every string that identifies them. */
    record Everything(Member me, String token, String subject, Map<String, String> traces, String mentorToken,
            UUID pendingToMentor, UUID pendingFromMentee, UUID activeMentorship, UUID endedMentorship, Member activeMentor,
            Member pendingMentee, Member askedMentor, Member blockedByMe, String invitee) {
    }

    @Test
    void shouldLeaveNoTraceOfTheMemberInAnyTextColumnOfAnyTable() {
        Everything x = everything();
        assertThat(rowsHolding(x.traces())).as("before deletion every trace is somewhere").containsOnlyKeys(
                x.traces().keySet());

        given().auth().oauth2(x.token()).delete("/api/v1/profiles/me").then().statusCode(204);

        assertThat(rowsHolding(x.traces())).as("columns still holding a trace of the deleted member").isEmpty();
    }

    @Test
    void shouldCloseWhatTheMemberLeftOpenAndTellTheOtherSide() {
        Everything x = everything();

        given().auth().oauth2(x.token()).delete("/api/v1/profiles/me").then().statusCode(204);

        given().auth().oauth2(x.mentorToken()).contentType(ContentType.JSON)
                .post("/api/v1/requests/" + x.pendingToMentor() + "/accept")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(x.mentorToken()).get("/api/v1/requests/" + x.pendingToMentor())
                .then().statusCode(200)
                .body("status", equalTo("withdrawn"))
                .body("message", not(containsString(x.traces().get("pending message"))))
                .body("sender.displayName", equalTo("Deleted member"));

        assertThat(sql("select status from match_request where id = :id", x.pendingFromMentee())).isEqualTo("DECLINED");
        assertThat(sql("select status from mentorship where id = :id", x.activeMentorship())).isEqualTo("ENDED");
        assertThat(count("select count(*) from mentorship where id in (:ids)",
                List.of(x.activeMentorship(), x.endedMentorship()))).as("mentorships stay for the counts").isEqualTo(2);
        assertThat(count("select count(*) from match_request where sender_id = :id or recipient_id = :id",
                x.me().id())).as("requests stay for the counts").isEqualTo(6);

        // Each partner is told as on any withdrawal, decline or end: in the app and by mail, naming nobody.
        assertThat(mailTo(x.activeMentor(), "mentorship-ended:" + x.activeMentorship())).contains("Deleted member");
        assertThat(mailTo(x.askedMentor(), "request-withdrawn:" + x.pendingToMentor())).contains("Deleted member");
        assertThat(mailTo(x.pendingMentee(), "request-declined:" + x.pendingFromMentee())).contains("Deleted member");
        assertThat(count("select count(*) from notification where recipient_id = :id and kind = 'mentorship-ended'",
                x.activeMentor().id())).isEqualTo(1);

        // The invitation I sent still goes out, from "MentorHub".
        String invitation = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status || ' ' || text_body from outbox_message where recipient_email = :to")
                .setParameter("to", x.invitee()).getSingleResult());
        assertThat(invitation).startsWith("PENDING").contains("MentorHub");

        assertThat(count("select count(*) from program_member where member_id = :id and left_at is null",
                x.me().id())).as("active memberships").isZero();
        assertThat(count("select count(*) from organization_admin where member_id = :id", x.me().id())).isZero();
        assertThat(count("select count(*) from cohort_enrolment where member_id = :id", x.me().id())).isZero();
    }

    @Test
    void shouldExportEverythingThatDeletionErases() {
        Everything x = everything();
        Map<String, String> t = x.traces();

        JsonPath export = given().auth().oauth2(x.token()).get("/api/v1/profiles/me/export")
                .then().statusCode(200)
                .body("account.email", equalTo(t.get("email")))
                .body("profile.displayName", equalTo(t.get("profile name")))
                .body("requests.sent.message", hasItems(t.get("pending message"), t.get("active message"),
                        t.get("ended message")))
                .body("requests.received.declineReason", hasItem(t.get("decline reason")))
                .body("requests.received.message", hasItem(t.get("received message")))
                .body("mentorships.status", hasItems("active", "ended"))
                .body("notifications.kind", hasItems("request-received", "request-accepted"))
                .body("programs.memberships.answers.mood", hasItem(t.get("answer")))
                .body("programs.memberships.department", hasItem(t.get("department")))
                .body("programs.memberships.managerEmail", hasItem(t.get("manager email")))
                .body("programs.invitations.email", hasItems(t.get("email").toUpperCase(), t.get("email")))
                .body("programs.invitations.displayName", hasItem(t.get("imported name")))
                .body("programs.invitations.details.department", hasItem(t.get("imported department")))
                .body("programs.organizationsAdministered.size()", equalTo(1))
                .body("programs.memberships.size()", equalTo(1))
                .body("programs.cohortEnrolments.size()", equalTo(1))
                .body("blocks.memberId", hasItem(x.blockedByMe().id().toString()))
                .body("mails.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract().jsonPath();
        assertThat(export.getList("blocks")).as("only the blocks I made: being blocked stays the blocker's secret")
                .hasSize(1);
    }

    @Test
    void shouldEitherRefuseAnAcceptOrEndItsMentorshipWhenItRacesTheDeletion() throws Exception {
        String skill = data.skill(TestData.unique("race"), null).slug();
        for (int round = 0; round < 6; round++) {
            Member me = mentee(data.member("Racing Mentee"), skill);
            Member mentor = mentor(data.member("Racing Mentor"), skill);
            UUID request = requests.send(me, send(mentor, TestData.unique("race"))).id();

            List<Object> outcomes = together(() -> requests.accept(mentor, request), () -> {
                deletion.delete(me);
                return "deleted";
            });

            String status = sql("select status from match_request where id = :id", request);
            assertThat(count("select count(*) from mentorship where (mentor_id = :id or mentee_id = :id) "
                    + "and status = 'ACTIVE'", me.id())).as("active mentorships after round " + round).isZero();
            if (outcomes.get(0) instanceof DomainException refused) {
                assertThat(refused.status()).isEqualTo(409);
                assertThat(status).isEqualTo("WITHDRAWN");
            } else {
                assertThat(outcomes.get(0)).isInstanceOf(MentorshipDto.class);
                assertThat(status).isEqualTo("ACCEPTED");
            }
            assertThat(outcomes.get(1)).isEqualTo("deleted");
        }
    }

    @Test
    void shouldEitherRefuseASendOrCloseItsRequestWhenItRacesTheRecipientsDeletion() throws Exception {
        String skill = data.skill(TestData.unique("send-race"), null).slug();
        for (int round = 0; round < 8; round++) {
            Member me = mentee(data.member("Sending Mentee"), skill);
            Member mentor = mentor(data.member("Deleting Mentor"), skill);
            String message = TestData.unique("send-race");

            List<Object> outcomes = together(() -> {
                try {
                    return requests.send(me, send(mentor, message));
                } catch (NotFoundException e) {
                    return e;
                }
            }, () -> {
                deletion.delete(mentor);
                return "deleted";
            });

            // Either the send came first (and the deletion declined it) or it found the recipient deleted: 404.
            assertThat(outcomes.get(0)).as("the send in round " + round)
                    .isInstanceOfAny(RequestDto.class, NotFoundException.class);
            assertThat(outcomes.get(1)).isEqualTo("deleted");
            assertThat(count("select count(*) from match_request where recipient_id = :id and status = 'PENDING'",
                    mentor.id())).as("pending requests to the deleted member after round " + round).isZero();
            assertThat(count("select count(*) from match_request where recipient_id = :id and message <> ''",
                    mentor.id())).as("request texts kept after round " + round).isZero();
        }
    }

    @Test
    void shouldDeleteOnceWhenTwoDeletionsOfOneMemberRunAtOnce() throws Exception {
        String skill = data.skill(TestData.unique("twice"), null).slug();
        Member me = mentee(data.member("Twice Deleted"), skill);
        Member mentor = mentor(data.member("Twice Asked"), skill);
        UUID request = requests.send(me, send(mentor, TestData.unique("twice"))).id();

        List<Object> outcomes = together(() -> {
            deletion.delete(me);
            return "deleted";
        }, () -> {
            deletion.delete(me);
            return "deleted";
        });

        assertThat(outcomes).containsExactly("deleted", "deleted");
        assertThat(sql("select status from match_request where id = :id", request)).isEqualTo("WITHDRAWN");
        assertThat(count("select count(*) from notification where subject_id = :id and kind = 'request-withdrawn'",
                request)).isEqualTo(1);
        assertThat(sql("select display_name from member where id = :id", me.id())).isEqualTo("Deleted member");
    }

    /** Runs both at the same moment; each outcome is the result, or the exception it threw. */
    private static List<Object> together(Callable<Object> first, Callable<Object> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (DomainException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A member with a profile, requests both ways, mentorships, blocks, programs, an invitation, audit and mail. */
    private Everything everything() {
        String username = TestData.unique("erase").toLowerCase();
        String first = "Dorothea" + username.substring(username.length() - 8);
        String email = username + "@example.org";
        TestKeycloak.createUser(username, first, "Erasmus", email);
        String token = TestKeycloak.accessToken(username);
        UUID id = UUID.fromString(given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .extract().path("id"));
        Member me = members.findById(id);
        String skill = data.skill(TestData.unique("erase"), null).slug();

        Map<String, String> traces = new LinkedHashMap<>();
        traces.put("email", email);
        traces.put("username", username);
        traces.put("account name", me.displayName());
        traces.put("subject", me.oidcSubject());
        traces.put("profile name", "Erasable " + first);
        traces.put("headline", TestData.unique("headline"));
        traces.put("bio", TestData.unique("bio"));
        profiles.replace(me, ProfileRequests.with(ProfileRequests.with(ProfileRequests.with(
                ProfileRequests.complete(skill, skill), "displayName", traces.get("profile name")),
                "headline", traces.get("headline")), "bio", traces.get("bio")), true);

        // Requests I sent: one left pending, one accepted (active), one accepted and then ended by me with a reason.
        String mentorName = TestData.unique("asked");
        TestKeycloak.createUser(mentorName, "Asked", "Mentor");
        String mentorToken = TestKeycloak.accessToken(mentorName);
        Member askedMentor = members.findById(UUID.fromString(given().auth().oauth2(mentorToken).get("/api/v1/me")
                .then().statusCode(200).extract().path("id")));
        mentor(askedMentor, skill);
        traces.put("pending message", TestData.unique("pending-message"));
        UUID pendingToMentor = requests.send(me, send(askedMentor, traces.get("pending message"))).id();

        Member activeMentor = mentor(data.member("Active Mentor"), skill);
        traces.put("active message", TestData.unique("active-message"));
        UUID toActive = requests.send(me, send(activeMentor, traces.get("active message"))).id();
        UUID activeMentorship = requests.accept(activeMentor, toActive).id();

        Member endedMentor = mentor(data.member("Ended Mentor"), skill);
        traces.put("ended message", TestData.unique("ended-message"));
        UUID toEnded = requests.send(me, send(endedMentor, traces.get("ended message"))).id();
        UUID endedMentorship = requests.accept(endedMentor, toEnded).id();
        traces.put("end reason", TestData.unique("end-reason"));
        requests.end(me, endedMentorship, null, traces.get("end reason"));

        // Requests I received: one declined with a reason, one left pending, one I accepted (still active).
        Member declinedMentee = mentee(data.member("Declined Mentee"), skill);
        traces.put("received message", TestData.unique("received-message"));
        UUID declined = requests.send(declinedMentee, send(me, traces.get("received message"))).id();
        traces.put("decline reason", TestData.unique("decline-reason"));
        requests.decline(me, declined, traces.get("decline reason"));
        Member pendingMentee = mentee(data.member("Pending Mentee"), skill);
        UUID pendingFromMentee = requests.send(pendingMentee, send(me, TestData.unique("to-me"))).id();
        Member myMentee = mentee(data.member("My Mentee"), skill);
        requests.accept(me, requests.send(myMentee, send(me, TestData.unique("to-me"))).id());

        // Blocks both ways.
        Member blockedByMe = mentor(data.member("Blocked By Me"), skill);
        blocks.block(me, blockedByMe.id());
        blocks.block(mentee(data.member("Blocking Me"), skill), me.id());

        // Programs: a membership with an answer, a department and a manager; my address as a colleague's manager;
        // a cohort enrolment; an organization I administer; an invitation to my address; audit events about all that.
        Member admin = world.someone("Erase Admin");
        UUID org = world.organization(admin);
        ProgramDto program = world.program(admin, org, ProgramWorld.request("open", "email-domain", "example.org",
                null, null, List.of(new ProgramQuestion("mood", "How are you?", "short-text", List.of(), false))));
        world.join(admin, program.id(), me, "both");
        traces.put("answer", TestData.unique("answer"));
        memberships.saveAnswers(ProgramWorld.caller(me), program.id(), Map.of("mood", traces.get("answer")));
        traces.put("department", TestData.unique("department"));
        traces.put("manager email", TestData.unique("boss") + "@example.org");
        roster.changeOrg(ProgramWorld.caller(admin), program.id(), me.id(),
                new MemberOrgRequest(traces.get("department"), traces.get("manager email")));
        Member colleague = world.someone("Colleague");
        world.join(admin, program.id(), colleague, "mentee");
        roster.changeOrg(ProgramWorld.caller(admin), program.id(), colleague.id(),
                new MemberOrgRequest("Colleagues", email));
        UUID cohort = world.cohort(admin, program.id(), TestData.unique("Cohort"), "enrolling").id();
        cohorts.enrol(ProgramWorld.caller(me), program.id(), cohort, "mentee");
        ProgramDto other = world.program(admin, org, ProgramWorld.request("restricted", "invite-only", null, null,
                null, List.of()));
        world.invite(admin, other.id(), email.toUpperCase(), "mentee");
        ProgramDto imported = world.program(admin, org, ProgramWorld.request("restricted", "invite-only", null, null,
                null, List.of()));
        traces.put("imported name", TestData.unique("Imported Name"));
        traces.put("imported department", TestData.unique("Imported Department"));
        imports.importAll(ProgramWorld.caller(admin), imported.id(), ("email,name,role,teach_skills,learn_skills,"
                + "department\r\n" + email + "," + traces.get("imported name") + ",mentee,," + skill + ","
                + traces.get("imported department") + "\r\n").getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
        // A program of my own, and an invitation I sent: its mail names me as the inviter.
        UUID myOrg = world.organization(me);
        ProgramDto mine = world.program(me, myOrg, ProgramWorld.request("restricted", "invite-only", null, null,
                null, List.of()));
        String invitee = TestData.unique("invitee") + "@example.org";
        world.invite(me, mine.id(), invitee, "mentee");

        return new Everything(me, token, me.oidcSubject(), traces, mentorToken, pendingToMentor, pendingFromMentee,
                activeMentorship, endedMentorship, activeMentor, pendingMentee, askedMentor, blockedByMe, invitee);
    }

    private Member mentor(Member m, String skill) {
        profiles.replace(m, ProfileRequests.with(ProfileRequests.with(ProfileRequests.complete(skill, skill), "roles",
                List.of("mentor")), "displayName", m.displayName()), true);
        return m;
    }

    private Member mentee(Member m, String skill) {
        profiles.replace(m, ProfileRequests.with(ProfileRequests.with(ProfileRequests.complete(skill, skill), "roles",
                List.of("mentee")), "displayName", m.displayName()), true);
        return m;
    }

    private static SendRequest send(Member to, String message) {
        return new SendRequest(to.id(), "mentoring", message, List.of("career-growth"));
    }

    /**
     * Which traces are still found, and where: every text, character, JSON and array column of every table in the
     * application's schema, from information_schema (Flyway's own history excepted), searched ignoring case.
     */
    private Map<String, List<String>> rowsHolding(Map<String, String> traces) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("""
                    select c.table_name, c.column_name from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                      and c.table_name <> 'flyway_schema_history'
                      and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                           or c.udt_name in ('_text', '_varchar'))
                    order by c.table_name, c.column_name
                    """).getResultList();
            assertThat(columns).as("the catalog lists the text columns").hasSizeGreaterThan(20);
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (Map.Entry<String, String> trace : traces.entrySet()) {
                for (Object[] column : columns) {
                    String sql = "select count(*) from \"" + column[0] + "\" where strpos(lower(\"" + column[1]
                            + "\"::text), lower(:trace)) > 0";
                    long n = ((Number) em.createNativeQuery(sql).setParameter("trace", trace.getValue())
                            .getSingleResult()).longValue();
                    if (n > 0) {
                        found.computeIfAbsent(trace.getKey(), k -> new ArrayList<>()).add(column[0] + "." + column[1]);
                    }
                }
            }
            return found;
        });
    }

    private String mailTo(Member to, String key) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select text_body from outbox_message where message_key = :key and recipient_member_id = :to")
                .setParameter("key", key).setParameter("to", to.id()).getSingleResult());
    }

    private String sql(String query, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(query)
                .setParameter("id", id).getSingleResult());
    }

    private long count(String query, Object ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(query)
                .setParameter(query.contains(":ids") ? "ids" : "id", ids).getSingleResult()).longValue());
    }
}
