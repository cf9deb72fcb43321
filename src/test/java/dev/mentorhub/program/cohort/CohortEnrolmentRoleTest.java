package dev.mentorhub.program.cohort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.member.Member;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.program.RosterService;
import dev.mentorhub.testsupport.HtmlForms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A cohort enrolment's role stays within the member's program role; "both" may enrol as either or both. */
@QuarkusTest
class CohortEnrolmentRoleTest {

    private static final String CORA = "cohort-role-cora";

    @Inject
    ProgramWorld world;

    @Inject
    CohortService cohorts;

    @Inject
    RosterService roster;

    private record World(Member admin, UUID program, UUID cohort) {
    }

    private World world() {
        Member admin = world.someone("Cohort Admin");
        UUID program = world.openProgram(admin).id();
        UUID cohort = world.cohort(admin, program, "Autumn", "enrolling").id();
        return new World(admin, program, cohort);
    }

    private Member joined(World w, String role) {
        Member m = world.someone("Enrolling " + role);
        world.join(w.admin(), w.program(), m, role);
        return m;
    }

    @Test
    void shouldRefuseAProgramMenteeEnrollingAsMentorOrBoth() {
        World w = world();
        Caller mentee = ProgramWorld.caller(joined(w, "mentee"));

        for (String role : new String[] {"mentor", "both"}) {
            assertThatThrownBy(() -> cohorts.enrol(mentee, w.program(), w.cohort(), role))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.type()).isEqualTo("cohort-role");
                    });
        }
        assertThat(cohorts.get(mentee, w.program(), w.cohort()).enrolled()).isFalse();
        assertThat(cohorts.enrol(mentee, w.program(), w.cohort(), "mentee").mentees()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAProgramMentorEnrollingAsMentee() {
        World w = world();
        Caller mentor = ProgramWorld.caller(joined(w, "mentor"));

        assertThatThrownBy(() -> cohorts.enrol(mentor, w.program(), w.cohort(), "mentee"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("cohort-role"));
        // Without a role a mentor enrols as what they are in the program.
        assertThat(cohorts.enrol(mentor, w.program(), w.cohort(), null).mentors()).isEqualTo(1);
    }

    @Test
    void shouldLetBothEnrolAsEitherRole() {
        World w = world();
        Caller both = ProgramWorld.caller(joined(w, "both"));

        assertThat(cohorts.enrol(both, w.program(), w.cohort(), "mentor").mentors()).isEqualTo(1);
        assertThat(cohorts.enrol(both, w.program(), w.cohort(), "mentee").mentees()).isEqualTo(1);
        assertThat(cohorts.enrol(both, w.program(), w.cohort(), "both").both()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "cora", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = CORA))
    void shouldOfferOnlyTheProgramRoleOnThePageAndExplainARefusalInBothLanguages() {
        World w = world();
        Member cora = world.member(CORA, "Cora", "cora-cohort-role@example.org");
        world.join(w.admin(), w.program(), cora, "mentee");
        String page = "/programs/" + w.program();
        String enrol = page + "/cohorts/" + w.cohort() + "/enrol";

        String html = given().accept("text/html").when().get(page).then().statusCode(200).extract().asString();
        String form = html.substring(html.indexOf("action=\"" + enrol + "\""));
        form = form.substring(0, form.indexOf("</form>"));
        assertThat(form).contains("name=\"role\" value=\"mentee\"").doesNotContain("value=\"mentor\"");

        HtmlForms.form(page).formParam("role", "mentor").post(enrol).then().statusCode(409)
                .body(containsString("only in your role in the program"));
        HtmlForms.form(page).formParam("role", "both").header("Accept-Language", "zh-CN").post(enrol).then()
                .statusCode(409).body(containsString("你只能以你在项目中的角色报名"));
        HtmlForms.form(page).formParam("role", "mentee").post(enrol).then().statusCode(303);
    }

    @Test
    void shouldNarrowOpenEnrolmentsWhenAnAdminNarrowsTheProgramRole() {
        World w = world();
        Member member = joined(w, "both");
        Caller caller = ProgramWorld.caller(member);
        cohorts.enrol(caller, w.program(), w.cohort(), "mentor");

        roster.changeRole(ProgramWorld.caller(w.admin()), w.program(), member.id(), "mentee");

        CohortDto cohort = cohorts.get(caller, w.program(), w.cohort());
        assertThat(cohort.mentors()).isZero();
        assertThat(cohort.mentees()).isEqualTo(1);
    }
}
