package dev.mentorhub.session;

import static dev.mentorhub.session.SessionWorld.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.session.SessionWorld.Pair;
import dev.mentorhub.testsupport.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reminders a day and an hour before: exactly once with two instances at work, and for the new time after a move. */
@QuarkusTest
class SessionRemindersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    SessionWorld world;

    @Inject
    SessionReminders reminders;

    private static Map<String, Object> at(LocalDateTime start) {
        return Map.of("start", start.toString(), "end", start.plusHours(1).toString(), "timeZone", "Europe/Berlin");
    }

    private int twoInstances(Instant now) throws Exception {
        return Race.run(2, i -> () -> reminders.sendDue(now)).stream().mapToInt(Race.Outcome::value).sum();
    }

    private void assertOnce(UUID session, String kind, Instant start, Pair pair) {
        for (UUID member : List.of(pair.mentor().member().id(), pair.mentee().member().id())) {
            assertThat(world.outboxLike("session-reminder:" + session + ":" + kind + ":" + start.getEpochSecond() + ":"
                    + member)).as(kind + " mail for " + member).isEqualTo(1);
        }
    }

    @Test
    void shouldRemindBothMembersOncePerKindAndOnlyOfTheNewTimeAfterAMove() throws Exception {
        Pair pair = world.pair("Europe/Berlin", "America/New_York");
        LocalDateTime local = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .atTime(16, 0);
        Instant start = local.atZone(BERLIN).toInstant();
        String id = post(pair.mentee(), "/api/v1/mentorships/" + pair.mentorshipId() + "/sessions", at(local))
                .then().statusCode(201).extract().path("id");
        UUID session = UUID.fromString(id);
        // Not confirmed yet: nothing to remind.
        assertThat(reminders.sendDue(start.minus(Duration.ofHours(23)))).isZero();
        post(pair.mentor(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(200);

        assertThat(twoInstances(start.minus(Duration.ofHours(23)))).isEqualTo(1);
        assertOnce(session, "day", start, pair);
        assertThat(world.notifications(pair.mentee().member().id(), "session-reminder", session)).isEqualTo(1);
        assertThat(reminders.sendDue(start.minus(Duration.ofHours(20)))).isZero();

        assertThat(twoInstances(start.minus(Duration.ofMinutes(50)))).isEqualTo(1);
        assertOnce(session, "hour", start, pair);
        assertThat(world.notifications(pair.mentor().member().id(), "session-reminder", session)).isEqualTo(2);

        LocalDateTime later = local.plusDays(2);
        Instant moved = later.atZone(BERLIN).toInstant();
        given().auth().oauth2(pair.mentor().token()).contentType(ContentType.JSON).body(at(later))
                .put("/api/v1/sessions/" + id).then().statusCode(200);
        // Proposed again: no reminder until it is accepted.
        assertThat(reminders.sendDue(moved.minus(Duration.ofHours(23)))).isZero();
        post(pair.mentee(), "/api/v1/sessions/" + id + "/accept", null).then().statusCode(200);
        assertThat(twoInstances(moved.minus(Duration.ofHours(23)))).isEqualTo(1);
        assertOnce(session, "day", moved, pair);
        assertThat(world.outboxLike("session-reminder:" + session + ":%")).isEqualTo(6);
    }
}
