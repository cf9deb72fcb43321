package dev.mentorhub.session;

import static dev.mentorhub.session.SessionWorld.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.mentorhub.session.SessionWorld.Pair;
import dev.mentorhub.session.SessionWorld.User;
import dev.mentorhub.testsupport.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Feedback after a session: asked once when it ends, given only by the pair, on sessions that took place. */
@QuarkusTest
class SessionFeedbackTest {

    @Inject
    SessionWorld world;

    @Inject
    SessionFeedbackAsks asks;

    private static Map<String, Object> at(int daysAhead) {
        LocalDateTime start = LocalDate.now().plusDays(daysAhead).atTime(10, 0);
        return Map.of("start", start.toString(), "end", start.plusHours(1).toString(), "timeZone", "Europe/Berlin");
    }

    private UUID confirmed(Pair pair, int daysAhead) {
        String id = post(pair.mentee(), "/api/v1/mentorships/" + pair.mentorshipId() + "/sessions", at(daysAhead))
                .then().statusCode(201).extract().path("id");
        post(pair.mentor(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(200);
        return UUID.fromString(id);
    }

    private static Response put(User as, UUID session, Object body) {
        return given().auth().oauth2(as.token()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/sessions/" + session + "/feedback");
    }

    @Test
    void shouldAskBothMembersExactlyOnceWithTwoWorkersAndNotForFutureOrCancelledSessions() throws Exception {
        Pair pair = world.pair("Europe/Berlin", "Asia/Shanghai");
        UUID ended = confirmed(pair, 3);
        UUID future = confirmed(pair, 4);
        UUID cancelled = confirmed(pair, 5);
        post(pair.mentor(), "/api/v1/sessions/" + cancelled + "/cancel", Map.of("reason", "ill")).then()
                .statusCode(200);
        world.endedAgo(ended, 1);
        world.endedAgo(cancelled, 3);

        Race.run(2, i -> () -> asks.askDue(Instant.now()));
        asks.askDue(Instant.now());

        for (User user : new User[] {pair.mentor(), pair.mentee()}) {
            UUID member = user.member().id();
            assertThat(world.notifications(member, "session-feedback", ended)).isEqualTo(1);
            assertThat(world.notifications(member, "session-feedback", future)).isZero();
            assertThat(world.notifications(member, "session-feedback", cancelled)).isZero();
        }
    }

    @Test
    void shouldLetOnlyThePairGiveAndReadFeedbackAndUpdateItOnASecondPut() {
        Pair pair = world.pair("Europe/Berlin", "America/New_York");
        world.agreeGoals(pair.mentorshipId(), "career-growth");
        UUID session = confirmed(pair, 3);
        world.endedAgo(session, 2);
        Pair others = world.pair("Europe/Berlin", "Europe/Berlin");

        put(others.mentee(), session, Map.of("rating", 5)).then().statusCode(404);
        given().auth().oauth2(others.mentor().token()).get("/api/v1/sessions/" + session + "/feedback").then()
                .statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("rating", 5)).put("/api/v1/sessions/" + session
                + "/feedback").then().statusCode(401);

        put(pair.mentee(), session, Map.of("rating", 4, "comment", "Useful",
                "goalProgress", Map.of("career-growth", "some"))).then().statusCode(200)
                .body("rating", equalTo(4)).body("goalProgress.career-growth", equalTo("some"));
        // The confirmed session that has ended took place.
        assertThat(world.sessionStatus(session)).isEqualTo("HELD");
        put(pair.mentee(), session, Map.of("rating", 2)).then().statusCode(200).body("rating", equalTo(2));
        put(pair.mentor(), session, Map.of("rating", 5)).then().statusCode(200);

        given().auth().oauth2(pair.mentor().token()).get("/api/v1/sessions/" + session + "/feedback").then()
                .statusCode(200).body("", hasSize(2)).body("[0].mine", equalTo(true)).body("[0].rating", equalTo(5))
                .body("[1].rating", equalTo(2)).body("[1].comment", equalTo(null));
    }

    @Test
    void shouldRefuseInvalidFieldsAndSessionsThatDidNotTakePlace() {
        Pair pair = world.pair("Europe/Berlin", "Europe/Berlin");
        world.agreeGoals(pair.mentorshipId(), "career-growth");
        UUID future = confirmed(pair, 3);
        UUID cancelled = confirmed(pair, 4);
        post(pair.mentor(), "/api/v1/sessions/" + cancelled + "/cancel", null).then().statusCode(200);
        world.endedAgo(cancelled, 5);
        UUID ended = confirmed(pair, 5);
        world.endedAgo(ended, 1);

        put(pair.mentee(), future, Map.of("rating", 4)).then().statusCode(409);
        put(pair.mentee(), cancelled, Map.of("rating", 4)).then().statusCode(409);
        put(pair.mentee(), ended, Map.of("rating", 6)).then().statusCode(400)
                .body("errors.field", hasItem("rating"));
        put(pair.mentee(), ended, Map.of("comment", "x")).then().statusCode(400)
                .body("errors.field", hasItem("rating"));
        put(pair.mentee(), ended, Map.of("rating", 3, "comment", "x".repeat(2001))).then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        put(pair.mentee(), ended, Map.of("rating", 3, "goalProgress", Map.of("leadership", "some"))).then()
                .statusCode(400).body("errors.field", hasItem("goalProgress.leadership"));
        put(pair.mentee(), ended, Map.of("rating", 3, "goalProgress", Map.of("career-growth", "lots"))).then()
                .statusCode(400).body("errors.field", hasItem("goalProgress.career-growth"));
        // Nothing half-written: still confirmed, no feedback.
        assertThat(world.sessionStatus(ended)).isEqualTo("CONFIRMED");
        given().auth().oauth2(pair.mentee().token()).get("/api/v1/sessions/" + ended + "/feedback").then()
                .statusCode(200).body("", hasSize(0));
    }
}
