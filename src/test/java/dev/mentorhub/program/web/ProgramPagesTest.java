package dev.mentorhub.program.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.member.Member;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.ProgramAnswersTest;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.program.cohort.CohortDto;
import dev.mentorhub.testsupport.HtmlForms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The member's program pages: lists, joining and leaving, one program, the join link and the invitation. */
@QuarkusTest
class ProgramPagesTest {

    private static final String MEG = "program-pages-meg";
    private static final String MEG_EMAIL = "meg-pages@example.org";

    @Inject
    ProgramWorld world;

    @Inject
    MembershipService memberships;

    private Member meg() {
        return world.member(MEG, "Meg", MEG_EMAIL);
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldListMyProgramsJoinableOnesAndInvitationsInBothLanguages() {
        Member meg = meg();
        Member admin = world.someone("Admin");
        ProgramDto mine = world.openProgram(admin);
        world.join(admin, mine.id(), meg, "mentor");
        ProgramDto open = world.openProgram(admin);
        ProgramDto inviteOnly = world.program(admin, world.organization(admin),
                ProgramWorld.request("open", "invite-only", null, null, null, List.of()));
        ProgramDto restricted = world.program(admin, world.organization(admin),
                ProgramWorld.request("restricted", "invite-only", null, null, null, List.of()));
        String token = world.invite(admin, restricted.id(), MEG_EMAIL.toUpperCase(), "both");

        String page = given().accept("text/html").when().get("/programs").then().statusCode(200)
                .body(containsString("href=\"/programs\""))
                .extract().asString();
        String myPrograms = section(page, "my-programs");
        assertThat(myPrograms).contains(mine.name()).contains("My role: Mentor")
                .contains("href=\"/programs/" + mine.id() + "/leave\"").doesNotContain(open.name());
        String joinable = section(page, "joinable-programs");
        assertThat(joinable).contains(open.name()).contains("action=\"/programs/" + open.id() + "/join\"")
                .contains("id=\"by-invitation-" + inviteOnly.id() + "\"")
                .doesNotContain("action=\"/programs/" + inviteOnly.id() + "/join\"")
                .doesNotContain(restricted.name()).doesNotContain(mine.name());
        assertThat(section(page, "invitations")).contains(restricted.name())
                .contains("action=\"/invitations/" + token + "/accept\"").contains("Mentor and mentee");

        given().accept("text/html").header("Accept-Language", "zh-CN").when().get("/programs")
                .then().statusCode(200).body(containsString("我的项目")).body(containsString("给你的邀请"))
                .body(containsString("仅限受邀")).body(containsString("我的身份：导师"));
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "program-pages-newcomer"))
    void shouldShowEmptyStatesToSomeoneInNoProgram() {
        world.member("program-pages-newcomer", "Newcomer", "newcomer-pages@example.org");
        given().accept("text/html").when().get("/programs").then().statusCode(200)
                .body(containsString("id=\"mine-empty\""))
                .body(not(containsString("id=\"invitations\"")));
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldJoinAnOpenProgramAndLeaveItAfterConfirming() {
        Member meg = meg();
        Member admin = world.someone("Admin");
        ProgramDto open = world.openProgram(admin);

        HtmlForms.form("/programs").formParam("role", "both").post("/programs/" + open.id() + "/join")
                .then().statusCode(303).header("Location", endsWith("/programs/" + open.id() + "?done=joined"));
        assertThat(memberships.myMemberships(ProgramWorld.caller(meg))).anySatisfy(m -> {
            assertThat(m.programId()).isEqualTo(open.id());
            assertThat(m.role()).isEqualTo(ProgramRole.BOTH.slug());
        });

        given().accept("text/html").when().get("/programs/" + open.id() + "/leave").then().statusCode(200)
                .body(containsString("Leave " + open.name() + "?"))
                .body(containsString("action=\"/programs/" + open.id() + "/leave\""));
        HtmlForms.form("/programs/" + open.id() + "/leave").post("/programs/" + open.id() + "/leave")
                .then().statusCode(303).header("Location", endsWith("/programs?done=left"));
        assertThat(memberships.myMemberships(ProgramWorld.caller(meg))).noneMatch(m -> m.programId().equals(open.id()));
        given().accept("text/html").when().get("/programs?done=left").then().statusCode(200)
                .body(containsString("You left the program."));
        // Not a member any more: nothing to leave.
        given().accept("text/html").when().get("/programs/" + open.id() + "/leave").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldRefuseJoiningInviteOnlyAndClosedProgramsReadably() {
        meg();
        Member admin = world.someone("Admin");
        ProgramDto inviteOnly = world.program(admin, world.organization(admin),
                ProgramWorld.request("open", "invite-only", null, null, null, List.of()));
        ProgramDto closed = world.program(admin, world.organization(admin), ProgramWorld.request("open",
                "email-domain", "example.org", null, LocalDate.now().minusDays(1), List.of()));
        ProgramDto otherDomain = world.program(admin, world.organization(admin),
                ProgramWorld.request("open", "email-domain", "elsewhere.example", null, null, List.of()));

        HtmlForms.form("/programs").formParam("role", "mentee").post("/programs/" + inviteOnly.id() + "/join")
                .then().statusCode(403).body(containsString("by invitation only"));
        HtmlForms.form("/programs").formParam("role", "mentee").post("/programs/" + closed.id() + "/join")
                .then().statusCode(409).body(containsString("Enrolment in this program is closed."));
        HtmlForms.form("/programs").formParam("role", "mentee").post("/programs/" + otherDomain.id() + "/join")
                .then().statusCode(403).body(containsString("@elsewhere.example"));
        HtmlForms.form("/programs").formParam("role", "chief").post("/programs/" + otherDomain.id() + "/join")
                .then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldWordRefusalsOnTheErrorPageInTheReadersLanguageAndKeepTheApiInEnglish() {
        meg();
        Member admin = world.someone("Admin");
        ProgramDto inviteOnly = world.program(admin, world.organization(admin),
                ProgramWorld.request("open", "invite-only", null, null, null, List.of()));
        ProgramDto otherDomain = world.program(admin, world.organization(admin),
                ProgramWorld.request("open", "email-domain", "elsewhere.example", null, null, List.of()));

        HtmlForms.form("/programs").cookie("lang", "zh").formParam("role", "mentee")
                .post("/programs/" + inviteOnly.id() + "/join").then().statusCode(403)
                .body(containsString("403 · 禁止访问"))
                .body(containsString("<p id=\"problem\">该项目仅限受邀加入"))
                .body(not(containsString("by invitation only")));
        HtmlForms.form("/programs").cookie("lang", "zh").formParam("role", "mentee")
                .post("/programs/" + otherDomain.id() + "/join").then().statusCode(403)
                .body(containsString("该项目仅面向使用 @elsewhere.example 邮箱的人员。"));
        given().accept("text/html").cookie("lang", "zh").when().get("/join/no-such-code").then().statusCode(404)
                .body(containsString("404 · 未找到")).body(containsString("此链接无效"));
        given().accept("text/html").cookie("lang", "zh").when().get("/programs/" + UUID.randomUUID())
                .then().statusCode(404).body(containsString("没有这个项目。"));

        given().accept("application/json").cookie("lang", "zh").contentType("application/json")
                .body("{\"role\":\"mentee\"}").when().post("/api/v1/programs/" + inviteOnly.id() + "/join")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/not-eligible"))
                .body("detail", equalTo("This program is by invitation only: use your invitation or join link."));
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldShowAProgramWithItsCohortsAndLetMembersEnrolAndLeaveACohort() {
        Member meg = meg();
        Member admin = world.someone("Admin");
        ProgramDto program = world.openProgram(admin);
        CohortDto enrolling = world.cohort(admin, program.id(), "Spring <b>cohort</b>", "enrolling");
        CohortDto draft = world.cohort(admin, program.id(), "Secret draft", "draft");

        given().accept("text/html").when().get("/programs/" + program.id()).then().statusCode(200)
                .body(containsString("About the program"))
                .body(containsString("Requests, and cohort matching by the admins"))
                .body(containsString("9 months")).body(containsString("every 21 days"))
                .body(containsString("always open"))
                .body(containsString("Spring &lt;b&gt;cohort&lt;/b&gt;"))
                .body(not(containsString(draft.name())))
                .body(containsString("id=\"join-to-take-part\""))
                .body(not(containsString("/cohorts/" + enrolling.id() + "/enrol")));

        world.join(admin, program.id(), meg, "mentee");
        HtmlForms.form("/programs/" + program.id()).formParam("role", "mentee")
                .post("/programs/" + program.id() + "/cohorts/" + enrolling.id() + "/enrol")
                .then().statusCode(303).header("Location", endsWith("?done=enrolled"));
        given().accept("text/html").when().get("/programs/" + program.id()).then().statusCode(200)
                .body(containsString("You are enrolled"))
                .body(containsString("1 mentees · 0 mentors · 0 both"))
                .body(containsString("href=\"/programs/" + program.id() + "/cohorts/" + enrolling.id() + "/leave\""));
        HtmlForms.form("/programs/" + program.id() + "/cohorts/" + enrolling.id() + "/leave")
                .post("/programs/" + program.id() + "/cohorts/" + enrolling.id() + "/leave")
                .then().statusCode(303).header("Location", endsWith("?done=unenrolled"));
        given().accept("text/html").header("Accept-Language", "zh-CN").when().get("/programs/" + program.id())
                .then().statusCode(200).body(containsString("0 名学员")).body(containsString("报名中"))
                .body(containsString("9 个月"));
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldAnswerTheProgramsQuestionsAndShowErrorsNextToThem() {
        Member meg = meg();
        Member admin = world.someone("Admin");
        ProgramDto program = world.program(admin, world.organization(admin), ProgramWorld.request("open",
                "email-domain", "example.org", null, null, ProgramAnswersTest.QUESTIONS));
        world.join(admin, program.id(), meg, "mentee");
        String page = "/programs/" + program.id();

        given().accept("text/html").when().get(page).then().statusCode(200)
                .body(containsString("name=\"answer.team\"")).body(containsString("type=\"radio\""))
                .body(containsString("name=\"answer.topics\"")).body(containsString("type=\"checkbox\""))
                .body(containsString("name=\"answer.why\""));

        HtmlForms.form(page).formParam("answer.team", "Engineering").formParam("answer.topics", "Java")
                .formParam("answer.topics", "Leadership").formParam("answer.why", "To grow")
                .post(page + "/answers").then().statusCode(303).header("Location", endsWith("?done=answers"));
        assertThat(memberships.answers(ProgramWorld.caller(meg), program.id())).isEqualTo(Map.of("team",
                "Engineering", "topics", List.of("Leadership", "Java"), "why", "To grow"));
        given().accept("text/html").when().get(page).then().statusCode(200)
                .body(containsString("value=\"Engineering\" checked"))
                .body(containsString("value=\"Java\" checked"))
                .body(containsString("value=\"To grow\""));

        HtmlForms.form(page).formParam("answer.team", "Marketing")
                .formParam("answer.why", "<script>alert(1)</script>" + "x".repeat(300))
                .post(page + "/answers").then().statusCode(400)
                .body(containsString("id=\"form-errors\""))
                .body(containsString("Pick one of the options."))
                .body(containsString("At most 300 characters."))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")));
        assertThat(memberships.answers(ProgramWorld.caller(meg), program.id())).containsEntry("team", "Engineering");
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldAnswer404ForARestrictedProgramIDoNotBelongTo() {
        meg();
        Member admin = world.someone("Admin");
        ProgramDto restricted = world.program(admin, world.organization(admin),
                ProgramWorld.request("restricted", "invite-only", null, null, null, List.of()));
        given().accept("text/html").when().get("/programs/" + restricted.id()).then().statusCode(404)
                .body(not(containsString(restricted.name())));
        given().accept("text/html").when().get("/programs/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldJoinThroughTheJoinLinkAndExplainWhyNot() {
        Member meg = meg();
        Member admin = world.someone("Admin");
        ProgramDto restricted = world.program(admin, world.organization(admin),
                ProgramWorld.request("restricted", "invite-only", null, null, null, List.of()));
        String code = world.joinCode(admin, restricted.id());

        given().accept("text/html").when().get("/join/" + code).then().statusCode(200)
                .body(containsString("Join " + restricted.name())).body(containsString("action=\"/join/" + code + "\""));
        HtmlForms.form("/join/" + code).formParam("role", "mentor").post("/join/" + code)
                .then().statusCode(303).header("Location", endsWith("/programs/" + restricted.id() + "?done=joined"));
        assertThat(memberships.myMemberships(ProgramWorld.caller(meg)))
                .anyMatch(m -> m.programId().equals(restricted.id()) && m.role().equals(ProgramRole.MENTOR.slug()));
        given().accept("text/html").when().get("/join/" + code).then().statusCode(200)
                .body(containsString("id=\"already-member\""));

        given().accept("text/html").when().get("/join/no-such-code").then().statusCode(404)
                .body(containsString("This link does not work"));

        ProgramDto otherDomain = world.program(admin, world.organization(admin),
                ProgramWorld.request("restricted", "email-domain", "elsewhere.example", null, null, List.of()));
        String otherCode = world.joinCode(admin, otherDomain.id());
        HtmlForms.form("/join/" + otherCode).formParam("role", "mentee").post("/join/" + otherCode)
                .then().statusCode(403).body(containsString("@elsewhere.example"));

        ProgramDto closed = world.program(admin, world.organization(admin), ProgramWorld.request("restricted",
                "invite-only", null, LocalDate.now().plusDays(3), null, List.of()));
        String closedCode = world.joinCode(admin, closed.id());
        given().accept("text/html").when().get("/join/" + closedCode).then().statusCode(200)
                .body(containsString("id=\"enrolment-closed\"")).body(not(containsString("id=\"join-form\"")));
        HtmlForms.form("/join/" + otherCode).formParam("role", "mentee").post("/join/" + closedCode)
                .then().statusCode(409).body(containsString("Enrolment in this program is closed."));
    }

    @Test
    @TestSecurity(user = "meg", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEG))
    void shouldShowAndAcceptAnInvitationOnlyForTheInvitedAddress() {
        Member meg = meg();
        Member admin = world.someone("Admin");
        ProgramDto restricted = world.program(admin, world.organization(admin),
                ProgramWorld.request("restricted", "invite-only", null, null, null, List.of()));
        String mine = world.invite(admin, restricted.id(), MEG_EMAIL, "mentor");
        String someoneElses = world.invite(admin, restricted.id(), "other-pages@example.org", "mentee");

        given().accept("text/html").when().get("/invitations/" + someoneElses).then().statusCode(404)
                .body(not(containsString(restricted.name())));
        given().accept("text/html").when().get("/invitations/" + mine).then().statusCode(200)
                .body(containsString("Invitation to " + restricted.name()))
                .body(containsString("You are invited as: Mentor"));
        var acceptSomeoneElses = HtmlForms.form("/invitations/" + mine);
        HtmlForms.form("/invitations/" + mine).post("/invitations/" + mine + "/accept")
                .then().statusCode(303).header("Location", endsWith("/programs/" + restricted.id() + "?done=joined"));
        assertThat(memberships.myMemberships(ProgramWorld.caller(meg)))
                .anyMatch(m -> m.programId().equals(restricted.id()));
        given().accept("text/html").when().get("/invitations/" + mine).then().statusCode(200)
                .body(containsString("id=\"invitation-accepted\""));
        acceptSomeoneElses.post("/invitations/" + someoneElses + "/accept")
                .then().statusCode(404);
    }

    @Test
    void shouldSendVisitorsToSignIn() {
        for (String page : List.of("/programs", "/join/some-code", "/invitations/some-token")) {
            given().redirects().follow(false).accept("text/html").when().get(page)
                    .then().statusCode(302)
                    .header("Location", containsString("/realms/mentorhub/protocol/openid-connect/auth"));
        }
    }

    /** The HTML of the section with this id. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
