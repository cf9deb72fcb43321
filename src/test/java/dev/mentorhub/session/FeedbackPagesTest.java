package dev.mentorhub.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.mentorhub.member.Member;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.HtmlForms;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The feedback form after a session: errors keep what was typed, saving goes back to the sessions, both languages. */
@QuarkusTest
class FeedbackPagesTest {

    private static final String CARA = "feedback-pages-cara";

    @Inject
    SessionWorld world;

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private UUID heldSession(UUID mentorship, UUID by) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into mentoring_session (id, "
                + "mentorship_id, proposed_by, starts_at, ends_at, time_zone, status, created_at, updated_at) values "
                + "(?1, ?2, ?3, now() - interval '3 hours', now() - interval '2 hours', 'Europe/Berlin', 'HELD', "
                + "now(), now())").setParameter(1, id).setParameter(2, mentorship).setParameter(3, by)
                .executeUpdate());
        return id;
    }

    @Test
    @TestSecurity(user = "cara", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = CARA))
    void shouldSaveFeedbackFromTheFormAndShowErrorsWithWhatWasTyped() {
        Skill skill = data.skill(TestData.unique("fp-skill"), null);
        Member cara = world.signedIn(CARA, "Cara", "mentee", "Europe/Berlin", skill);
        UUID mentorship = world.mentorFor(cara, skill, "Theo", "Europe/Berlin");
        QuarkusTransaction.requiringNew().run(() -> world.agreeGoals(mentorship, "career-growth"));
        UUID session = heldSession(mentorship, cara.id());
        String page = "/sessions/" + session + "/feedback";

        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("How was your session with Theo?"))
                .body(containsString("name=\"progress.career-growth\""));
        // No rating: the form again, with the comment kept and the error next to the rating.
        HtmlForms.form(page).formParam("comment", "Useful <b>notes</b>").formParam("progress.career-growth", "some")
                .post(page).then().statusCode(400)
                .body(containsString("Choose a rating from 1 to 5."))
                .body(containsString(">Useful &lt;b&gt;notes&lt;/b&gt;</textarea>"));
        HtmlForms.form(page).formParam("rating", "5").formParam("comment", "Great")
                .formParam("progress.career-growth", "good").post(page).then().statusCode(303)
                .header("Location", containsString("/mentorships/" + mentorship + "/sessions?done=feedback"));
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("id=\"feedback-" + cara.id() + "\""))
                .body(containsString("value=\"good\" selected"));
        given().accept("text/html").cookie("lang", "zh").get(page).then().statusCode(200)
                .body(containsString("你与 Theo 的会面怎么样？"));
        assertThat(world.sessionStatus(session)).isEqualTo("HELD");
        // Mine, in my data export.
        given().get("/api/v1/profiles/me/export").then().statusCode(200)
                .body("sessionFeedback.find { it.sessionId == '" + session + "' }.rating", equalTo(5))
                .body("sessionFeedback.find { it.sessionId == '" + session + "' }.comment", equalTo("Great"));

        // Someone else's session: 404, as if it did not exist.
        Member other = world.signedIn(TestData.unique("feedback-pages-other"), "Other", "mentee", "UTC", skill);
        UUID notMine = heldSession(world.mentorFor(other, skill, "Una", "UTC"), other.id());
        given().accept("text/html").get("/sessions/" + notMine + "/feedback").then().statusCode(404);
    }
}
