package dev.mentorhub.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.member.Member;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.HtmlForms;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mentorship's sessions page (free times, week grid, proposal form) and the upcoming sessions page. */
@QuarkusTest
class SessionPagesTest {

    private static final String ANA = "session-pages-ana";
    private static final String BEA = "session-pages-bea";

    @Inject
    SessionWorld world;

    @Inject
    TestData data;

    private Member ana(Skill skill) {
        return world.signedIn(ANA, "Ana", "mentee", "Europe/Berlin", skill);
    }

    @Test
    @TestSecurity(user = "ana", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ANA))
    void shouldShowFreeTimesAndTheWeekAndProposeASessionFromTheForm() {
        Skill skill = data.skill(TestData.unique("sp-skill"), null);
        UUID mentorship = world.mentorFor(ana(skill), skill, "Milo", "Europe/Berlin");
        String page = "/mentorships/" + mentorship + "/sessions";

        // Both are free on Tuesdays 18:00-20:00 Berlin time: the slots and the grid say so.
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Sessions with Milo"))
                .body(containsString("id=\"slots\""))
                .body(containsString("18:00–19:00"))
                .body(containsString("class=\"week-grid\""))
                .body(containsString("cell both"));

        LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        HtmlForms.form(page).formParam("date", tuesday.toString()).formParam("time", "18:30")
                .formParam("minutes", "45").formParam("timeZone", "Europe/Berlin")
                .formParam("location", "https://meet.example.org/ana-milo").formParam("agenda", "First <b>chat</b>")
                .post(page).then().statusCode(303).header("Location", containsString(page + "?done=proposed"));
        given().accept("text/html").get(page + "?done=proposed").then().statusCode(200)
                .body(containsString("Session proposed. Milo has been asked to accept it."))
                .body(containsString("18:30–19:15"))
                .body(containsString("First &lt;b&gt;chat&lt;/b&gt;"))
                .body(containsString("href=\"https://meet.example.org/ana-milo\""));

        // A time already taken, and a time in the past: the form again, with what was typed and why.
        HtmlForms.form(page).formParam("date", tuesday.toString()).formParam("time", "18:45")
                .formParam("minutes", "30").formParam("timeZone", "Europe/Berlin").formParam("agenda", "Again")
                .post(page).then().statusCode(409)
                .body(containsString("You already have a session from"))
                .body(containsString(">Again</textarea>"));
        HtmlForms.form(page).formParam("date", "2020-01-07").formParam("time", "18:00")
                .formParam("minutes", "60").formParam("timeZone", "Europe/Berlin").formParam("agenda", "Old")
                .post(page).then().statusCode(400)
                .body(containsString("Pick a date and start time in the future"))
                .body(containsString(">Old</textarea>"));

        given().accept("text/html").header("Accept-Language", "zh-CN").get(page).then().statusCode(200)
                .body(containsString("与 Milo 的会面")).body(containsString("你们都有空的时间"));
    }

    @Test
    @TestSecurity(user = "bea", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = BEA))
    void shouldListUpcomingSessionsWithTheCalendarAddressAndHideOtherPairs() {
        Skill skill = data.skill(TestData.unique("sp-skill"), null);
        Member bea = world.signedIn(BEA, "Bea", "mentee", "Asia/Shanghai", skill);
        world.mentorFor(bea, skill, "Noor", "Asia/Shanghai");
        UUID notMine = world.mentorFor(world.signedIn(TestData.unique("session-pages-outsider"), "Outsider",
                "mentee", "UTC", skill), skill, "Pia", "UTC");

        given().accept("text/html").get("/sessions").then().statusCode(200)
                .body(containsString("Upcoming sessions"))
                .body(containsString("id=\"upcoming-empty\""))
                .body(containsString("/calendar/"))
                .body(containsString("Google Calendar"));
        given().accept("text/html").get("/mentorships/" + notMine + "/sessions").then().statusCode(404)
                .body(not(containsString("Pia")));
        HtmlForms.form("/sessions").post("/sessions/calendar/replace").then().statusCode(303)
                .header("Location", endsWith("/sessions?done=replaced"));
        given().accept("text/html").header("Accept-Language", "zh-CN").get("/sessions?done=replaced").then()
                .statusCode(200)
                .body(containsString("旧地址已失效"));
    }
}
