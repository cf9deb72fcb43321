package dev.mentorhub.session;

import static dev.mentorhub.session.SessionWorld.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.mentorhub.session.SessionWorld.Pair;
import dev.mentorhub.session.SessionWorld.User;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/mentorships/{id}/sessions and /api/v1/sessions with real Keycloak tokens. */
@QuarkusTest
class SessionResourceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    SessionWorld world;

    @Inject
    TestData data;

    /** A Tuesday a few weeks ahead, at a local time in Berlin. */
    private static LocalDateTime tuesday(int hour, int minute) {
        return LocalDate.now(BERLIN).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .atTime(hour, minute);
    }

    private static Map<String, Object> session(LocalDateTime start, LocalDateTime end, String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("timeZone", zone);
        body.put("location", "https://meet.example.org/abc");
        body.put("agenda", "Goals for the quarter");
        return body;
    }

    private static String sessions(Pair pair) {
        return "/api/v1/mentorships/" + pair.mentorshipId() + "/sessions";
    }

    @Test
    void shouldProposeAcceptAndListASessionForBothMembers() {
        Pair pair = world.pair("Europe/Berlin", "America/New_York");
        LocalDateTime start = tuesday(18, 0);

        var proposed = post(pair.mentee(), sessions(pair), session(start, start.plusHours(1), "Europe/Berlin"));
        proposed.then().statusCode(201).header("Location", containsString("/api/v1/sessions/"))
                .body("status", equalTo("proposed")).body("proposedByMe", equalTo(true))
                .body("timeZone", equalTo("Europe/Berlin")).body("sequence", equalTo(0))
                .body("start", equalTo(start.atZone(BERLIN).toInstant().toString()))
                .body("partnerName", equalTo("Mentor"));
        String id = proposed.path("id");

        post(pair.mentee(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/session-state"));
        given().auth().oauth2(pair.mentor().token()).get(sessions(pair)).then().statusCode(200)
                .body("id", contains(id)).body("[0].proposedByMe", equalTo(false))
                .body("[0].partnerName", equalTo("Mentee"));
        Object[] invite = world.mail("session-proposed:" + id + ":0:" + pair.mentor().member().id());
        org.assertj.core.api.Assertions.assertThat(invite).isNotNull();
        // In the mentor's zone (Berlin), with the invite attached.
        org.assertj.core.api.Assertions.assertThat((String) invite[0]).startsWith("Mentee proposed a session on ")
                .endsWith(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).format(start)
                        + "–" + DateTimeFormatter.ofPattern("HH:mm").format(start.plusHours(1)));
        org.assertj.core.api.Assertions.assertThat((String) invite[1]).contains("METHOD:REQUEST")
                .contains("UID:" + id + "@mentorhub").contains("SEQUENCE:0");

        post(pair.mentor(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(200)
                .body("status", equalTo("confirmed")).body("sequence", equalTo(1));
        org.assertj.core.api.Assertions.assertThat((String) world.mail("session-confirmed:" + id + ":1:"
                + pair.mentee().member().id())[1]).contains("STATUS:CONFIRMED").contains("SEQUENCE:1");
        given().auth().oauth2(pair.mentee().token()).get("/api/v1/sessions").then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == '" + id + "' }.status", equalTo("confirmed"));
        post(pair.mentor(), "/api/v1/sessions/" + id + "/held", null).then().statusCode(409)
                .body("detail", containsString("has not started yet"));
    }

    @Test
    void shouldRefuseAnOverlapNamingTheTakenTimeInTheCallersZone() {
        Pair pair = world.pair("Europe/Berlin", "America/New_York");
        LocalDateTime start = tuesday(18, 0);
        post(pair.mentor(), sessions(pair), session(start, start.plusHours(1), "Europe/Berlin")).then().statusCode(201);

        LocalDateTime taken = start.atZone(BERLIN).withZoneSameInstant(NEW_YORK).toLocalDateTime();
        String expected = "You already have a session from "
                + DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH).format(taken) + " to "
                + DateTimeFormatter.ofPattern("HH:mm").format(taken.plusHours(1)) + " (America/New_York)";
        post(pair.mentee(), sessions(pair), session(start.plusMinutes(30), start.plusMinutes(90), "Europe/Berlin"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/session-conflict")).body("detail", containsString(expected));
        // Back to back is not an overlap: the first ends when the second starts.
        post(pair.mentee(), sessions(pair), session(start.plusHours(1), start.plusHours(2), "Europe/Berlin"))
                .then().statusCode(201);
        org.assertj.core.api.Assertions.assertThat(world.overlappingHolds(pair.mentee().member().id())).isZero();
    }

    @Test
    void shouldRefuseBadTimesNamingTheField() {
        Pair pair = world.pair("Europe/Berlin", "Asia/Shanghai");
        LocalDateTime start = tuesday(18, 0);
        Map<String, Object> past = session(LocalDateTime.now(BERLIN).minusDays(1), LocalDateTime.now(BERLIN)
                .minusDays(1).plusHours(1), "Europe/Berlin");
        post(pair.mentor(), sessions(pair), past).then().statusCode(400).body("errors.field", contains("start"))
                .body("errors[0].message", equalTo("is in the past"));
        post(pair.mentor(), sessions(pair), session(start, start.plusMinutes(10), "Europe/Berlin"))
                .then().statusCode(400).body("errors.field", contains("end"));
        post(pair.mentor(), sessions(pair), session(start, start.plusHours(5), "Europe/Berlin"))
                .then().statusCode(400).body("errors.field", contains("end"));
        post(pair.mentor(), sessions(pair), session(start, start.plusHours(1), "Mars/Olympus"))
                .then().statusCode(400).body("errors.field", contains("timeZone"));
        // The last Sunday of March in Berlin skips 02:00-03:00.
        LocalDate springForward = LocalDate.of(LocalDate.now(BERLIN).getYear() + 1, 3, 31)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        post(pair.mentor(), sessions(pair), session(springForward.atTime(2, 30), springForward.atTime(3, 30),
                "Europe/Berlin")).then().statusCode(400).body("errors.field", contains("start"))
                .body("errors[0].message", containsString("does not exist in Europe/Berlin"));
        Map<String, Object> script = session(start, start.plusHours(1), "Europe/Berlin");
        script.put("location", "javascript:alert(1)");
        post(pair.mentor(), sessions(pair), script).then().statusCode(400).body("errors.field", contains("location"));
        given().auth().oauth2(pair.mentor().token()).contentType(ContentType.JSON)
                .body("{\"start\":\"tomorrow\",\"end\":\"later\",\"timeZone\":\"UTC\"}").post(sessions(pair))
                .then().statusCode(400).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(world.sessionsOf(pair.mentorshipId())).isZero();
    }

    @Test
    void shouldMoveCancelAndFreeTheTime() {
        Pair pair = world.pair("Europe/Berlin", "America/New_York");
        LocalDateTime start = tuesday(9, 0);
        String id = post(pair.mentee(), sessions(pair), session(start, start.plusMinutes(45), "Europe/Berlin"))
                .then().statusCode(201).extract().path("id");
        post(pair.mentor(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(200);

        given().auth().oauth2(pair.mentor().token()).contentType(ContentType.JSON)
                .body(session(start.plusDays(1), start.plusDays(1).plusHours(1), "Europe/Berlin"))
                .put("/api/v1/sessions/" + id).then().statusCode(200)
                .body("status", equalTo("proposed")).body("proposedByMe", equalTo(true))
                .body("sequence", equalTo(2));
        // The old time is free again for both.
        post(pair.mentee(), sessions(pair), session(start, start.plusMinutes(45), "Europe/Berlin"))
                .then().statusCode(201);
        post(pair.mentee(), "/api/v1/sessions/" + id + "/cancel", Map.of("reason", "Travelling"))
                .then().statusCode(200).body("status", equalTo("cancelled")).body("reason", equalTo("Travelling"))
                .body("sequence", equalTo(3));
        post(pair.mentor(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(409);
        post(pair.mentee(), sessions(pair), session(start.plusDays(1), start.plusDays(1).plusHours(1),
                "Europe/Berlin")).then().statusCode(201);
        given().auth().oauth2(pair.mentor().token()).get(sessions(pair)).then().body("$", hasSize(3));
    }

    @Test
    void shouldHideSessionsFromEveryoneButThePairAndRefuseEndedMentorships() {
        Pair pair = world.pair("Europe/Berlin", "America/New_York");
        Skill skill = data.skill(TestData.unique("ss-third"), null);
        User third = world.user(skill, "Third", "mentee", "UTC");
        LocalDateTime start = tuesday(12, 0);
        String id = post(pair.mentee(), sessions(pair), session(start, start.plusHours(1), "Europe/Berlin"))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(third.token()).get("/api/v1/sessions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(third.token()).get(sessions(pair)).then().statusCode(404);
        post(third, sessions(pair), session(start, start.plusHours(1), "UTC")).then().statusCode(404);
        post(third, "/api/v1/sessions/" + id + "/accept", null).then().statusCode(404);
        post(third, "/api/v1/sessions/" + id + "/cancel", null).then().statusCode(404);
        given().get("/api/v1/sessions/" + id).then().statusCode(401);

        post(pair.mentor(), "/api/v1/mentorships/" + pair.mentorshipId() + "/end", null).then().statusCode(200);
        // Ending the mentorship cancels its open session and sends the cancellation to the other member.
        given().auth().oauth2(pair.mentee().token()).get("/api/v1/sessions/" + id).then().statusCode(200)
                .body("status", equalTo("cancelled")).body("sequence", equalTo(1));
        org.assertj.core.api.Assertions.assertThat((String) world.mail("session-cancelled:" + id + ":1:"
                + pair.mentee().member().id())[1]).contains("METHOD:CANCEL").contains("STATUS:CANCELLED");
        org.assertj.core.api.Assertions.assertThat(world.overlappingHolds(pair.mentee().member().id())).isZero();
        post(pair.mentee(), sessions(pair), session(start.plusDays(1), start.plusDays(1).plusHours(1),
                "Europe/Berlin")).then().statusCode(409).body("type", endsWith("/mentorship-not-active"));
    }
}
