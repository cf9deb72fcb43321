package dev.mentorhub.mentorship.workspace;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.RequestPopulation;
import dev.mentorhub.mentorship.SendRequest;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.HtmlForms;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "My mentorships" and the workspace page: forms that save, refuse with what was typed, and read in Chinese. */
@QuarkusTest
class WorkspacePagesTest {

    private static final String LINA = "workspace-pages-lina";
    private static final String MIRO = "workspace-pages-miro";

    @Inject
    RequestPopulation population;

    @Inject
    MatchRequestService requests;

    @Inject
    Workspaces workspaces;

    @Inject
    TestData data;

    private UUID mentorshipOf(Member mentee, String mentorName) {
        Skill skill = population.skill();
        population.save(mentee, skill, mentee.displayName(), List.of("mentee"), 2, "everyone");
        Member mentor = population.mentor(skill, mentorName, 2);
        UUID request = requests.send(mentee, new SendRequest(mentor.id(), "mentoring", "Hello",
                List.of("career-growth"))).id();
        return requests.accept(mentor, request).id();
    }

    @Test
    @TestSecurity(user = "lina", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = LINA))
    void shouldAgreeWriteNotesAndTickMilestonesFromThePage() {
        Member lina = population.signedIn(LINA, "Lina");
        UUID id = mentorshipOf(lina, "Olaf");
        String page = "/mentorships/" + id;

        given().accept("text/html").get("/mentorships").then().statusCode(200)
                .body(containsString("Olaf mentors you")).body(containsString("No session booked"))
                .body(containsString("href=\"/mentorships/" + id + "\""));
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Mentorship with Olaf"))
                .body(containsString("value=\"career-growth\" checked"))
                .body(containsString("No milestones yet."));

        // A wrong length: the form again with what was typed and the error next to the field; nothing saved.
        HtmlForms.form(page).formParam("version", "0").formParam("goals", "leadership")
                .formParam("cadenceWeeks", "2").formParam("sessionMinutes", "50").formParam("plannedEnd", "")
                .post(page + "/agreement").then().statusCode(400)
                .body(containsString("Choose 30, 45 or 60 minutes."))
                .body(containsString("value=\"leadership\" checked"))
                .body(not(containsString("value=\"career-growth\" checked")));
        assertThat(workspaces.view(lina, id).sessionMinutes()).isNull();

        HtmlForms.form(page).formParam("version", "0").formParam("goals", "leadership")
                .formParam("cadenceWeeks", "2").formParam("sessionMinutes", "45").formParam("plannedEnd", "")
                .post(page + "/agreement").then().statusCode(303)
                .header("Location", containsString(page + "?done=agreed"));
        WorkspaceDto saved = workspaces.view(lina, id);
        assertThat(saved.goals()).containsExactly("leadership");
        assertThat(saved.cadenceWeeks()).isEqualTo(2);
        assertThat(saved.sessionMinutes()).isEqualTo(45);
        // The sessions page proposes the agreed length.
        given().accept("text/html").get(page + "/sessions").then().statusCode(200)
                .body(containsString("<option value=\"45\" selected>"));

        HtmlForms.form(page).formParam("version", "1")
                .formParam("notes", "# Plan\r\n\r\n<script>alert(1)</script> [x](javascript:alert(2))")
                .post(page + "/notes").then().statusCode(303);
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("<h1>Plan</h1>")).body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert"))).body(not(containsString("href=\"javascript:")))
                .body(containsString("Last edited by Lina"));

        // A save based on version 1 after the notes made it 2: refused, my text kept beside theirs.
        HtmlForms.form(page).formParam("version", "1").formParam("notes", "My lost words")
                .post(page + "/notes").then().statusCode(409)
                .body(containsString("The other member saved changes while you were editing."))
                .body(containsString(">My lost words</textarea>"));

        HtmlForms.form(page).formParam("title", "").post(page + "/milestones").then().statusCode(400)
                .body(containsString("Give the milestone a title"));
        HtmlForms.form(page).formParam("title", "Ship the <b>model</b>").post(page + "/milestones").then()
                .statusCode(303);
        UUID milestone = workspaces.view(lina, id).milestones().get(0).id();
        HtmlForms.form(page).post(page + "/milestones/" + milestone + "/done").then().statusCode(303);
        given().accept("text/html").get(page).then()
                .body(containsString("Ship the &lt;b&gt;model&lt;/b&gt;")).body(containsString("done by Lina"));
        given().accept("text/html").cookie("lang", "zh").get(page).then().statusCode(200)
                .body(containsString("与 Olaf 的指导关系")).body(containsString("由 Lina 于"))
                .body(containsString("共享笔记"));
    }

    @Test
    @TestSecurity(user = "miro", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MIRO))
    void shouldAskForAReasonToEndEarlyAndThenShowTheEndReadOnly() {
        Member miro = population.signedIn(MIRO, "Miro");
        UUID id = mentorshipOf(miro, "Pia");
        UUID someoneElses = mentorshipOf(data.member("Quinn"), "Rosa");
        String page = "/mentorships/" + id;

        given().accept("text/html").get("/mentorships/" + someoneElses).then().statusCode(404);
        HtmlForms.form(page).formParam("outcome", "ended-early").formParam("reason", " ")
                .post(page + "/end").then().statusCode(400)
                .body(containsString("Say why you end it early"));
        HtmlForms.form(page).formParam("outcome", "ended-early").formParam("reason", "Moved abroad")
                .post(page + "/end").then().statusCode(303).header("Location", containsString("done=ended"));
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Ended early")).body(containsString("Reason: Moved abroad"))
                .body(containsString("read-only")).body(not(containsString("id=\"agreement-form\"")));
        given().accept("text/html").cookie("lang", "zh").get("/mentorships").then().statusCode(200)
                .body(containsString("Pia 指导你")).body(containsString("提前结束"));
    }
}
