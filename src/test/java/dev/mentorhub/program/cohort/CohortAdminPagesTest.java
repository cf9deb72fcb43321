package dev.mentorhub.program.cohort;

import static dev.mentorhub.program.AdminWorld.fresh;
import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.program.AdminWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** /admin/programs/{id}/cohorts: list with states, the new-cohort form, next-state buttons, guard messages. */
@QuarkusTest
class CohortAdminPagesTest {

    @Inject
    AdminWorld worlds;

    @Inject
    CohortService cohorts;

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void createsCohortsAndMovesThemThroughTheirStates() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA() + "/cohorts";
        given().accept("text/html").get(page).then().statusCode(200).body(containsString("id=\"cohorts-empty\""));

        form(page).formParam("name", "Spring <b>2030</b>").formParam("enrolmentClosesOn", "2030-03-01")
                .post(page).then().statusCode(303);
        CohortDto cohort = fresh(() -> cohorts.list(w.adminA(), w.programA())).get(0);
        assertThat(cohort.state()).isEqualTo("draft");
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Spring &lt;b&gt;2030&lt;/b&gt;"))
                .body(not(containsString("<b>2030</b>")))
                .body(containsString("class=\"badge state-draft\""))
                .body(containsString("id=\"move-" + cohort.id() + "-enrolling\""))
                .body(containsString("id=\"move-" + cohort.id() + "-closed\""))
                .body(not(containsString("id=\"move-" + cohort.id() + "-matching\"")));

        String move = page + "/" + cohort.id() + "/state";
        form(page).formParam("state", "enrolling").post(move).then().statusCode(303);
        assertThat(fresh(() -> cohorts.get(w.adminA(), w.programA(), cohort.id())).state()).isEqualTo("enrolling");

        form(page).formParam("state", "matching").post(move).then().statusCode(409)
                .body(containsString("id=\"cohort-refusal\""))
                .body(containsString("Matching needs at least one mentor and one mentee enrolled"));
        assertThat(fresh(() -> cohorts.get(w.adminA(), w.programA(), cohort.id())).state()).isEqualTo("enrolling");

        form(page).formParam("state", "active").post(move).then().statusCode(409)
                .body(containsString("This cohort cannot move to that state."));

        Caller mentor = worlds.person("Mentor");
        worlds.joinByLink(w.adminA(), w.programA(), mentor, "mentor");
        cohorts.enrol(mentor, w.programA(), cohort.id(), "mentor");
        cohorts.enrol(w.member(), w.programA(), cohort.id(), "mentee");
        form(page).formParam("state", "matching").post(move).then().statusCode(303);
        form(page).formParam("state", "active").post(move).then().statusCode(303);
        form(page).formParam("state", "closed").post(move).then().statusCode(303);
        given().accept("text/html").get(page).then()
                .body(containsString("class=\"badge state-closed\""))
                .body(containsString("1 mentee(s), 1 mentor(s), 0 both"))
                .body(containsString("No next state: this cohort is closed."));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void keepsTheTypedNameWhenTheFormIsRefused() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA() + "/cohorts";
        form(page).formParam("name", "  ").post(page).then().statusCode(400)
                .body(containsString("Enter a name of 1 to 200 characters."));
        form(page).formParam("name", "Autumn").formParam("enrolmentClosesOn", "next week").post(page)
                .then().statusCode(400)
                .body(containsString("Enter a date as YYYY-MM-DD."))
                .body(containsString("value=\"Autumn\""))
                .body(containsString("value=\"next week\""));
        form(page).formParam("name", "Autumn").post(page).then().statusCode(303);
        form(page).formParam("name", "Autumn").post(page).then().statusCode(409)
                .body(containsString("This name is already used here."));
        assertThat(fresh(() -> cohorts.list(w.adminA(), w.programA()))).hasSize(1);
        given().accept("text/html").header("Accept-Language", "zh-CN").get(page).then()
                .body(containsString("草稿")).body(containsString("开放报名"));
    }
}
