package dev.mentorhub.mentorship;

import static dev.mentorhub.mentorship.RequestPopulation.post;
import static dev.mentorhub.mentorship.RequestPopulation.send;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.mentorhub.mentorship.RequestPopulation.ApiUser;
import dev.mentorhub.skill.Skill;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request step notifies the party who should know, in the step's transaction, and the bell's count follows:
 * real Keycloak tokens against /api/v1/requests and /api/v1/notifications.
 */
@QuarkusTest
class RequestNotificationsTest {

    @Inject
    RequestPopulation population;

    @Inject
    RequestExpiry expiry;

    Skill skill;

    @BeforeEach
    void skill() {
        skill = population.skill();
    }

    @Test
    void shouldNotifyTheMentorOfANewRequestAndTheMenteeOfTheAcceptance() {
        ApiUser mentor = population.apiUser(skill, "Nora", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Omar", List.of("mentee"), 2);
        unread(mentor).body("unread", equalTo(0));

        String id = send(mentee, mentor);
        unread(mentor).body("unread", equalTo(1));
        unread(mentee).body("unread", equalTo(0));
        latest(mentor, "request-received", mentee, id).body("items[0].link", equalTo("/requests?tab=received"))
                .body("items[0].actor.displayName", equalTo("Omar"));

        post(mentor, "/api/v1/requests/" + id + "/accept", null).then().statusCode(200);
        unread(mentee).body("unread", equalTo(1));
        unread(mentor).body("unread", equalTo(1));
        String notification = latest(mentee, "request-accepted", mentor, id)
                .body("items[0].link", equalTo("/mentorships")).extract().path("items[0].id");

        post(mentee, "/api/v1/notifications/read", Map.of("ids", List.of(notification))).then().statusCode(200)
                .body("unread", equalTo(0));
        given().auth().oauth2(mentee.token()).get("/api/v1/notifications").then()
                .body("items[0].readAt", org.hamcrest.Matchers.notNullValue());
        unread(mentor).body("unread", equalTo(1));
    }

    @Test
    void shouldNotifyTheSenderOfADeclineAndTheMentorOfAWithdrawal() {
        ApiUser mentor = population.apiUser(skill, "Pia", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Quentin", List.of("mentee"), 2);

        String declined = send(mentee, mentor);
        post(mentor, "/api/v1/requests/" + declined + "/decline", Map.of("reason", "Full this term")).then()
                .statusCode(200);
        latest(mentee, "request-declined", mentor, declined).body("items[0].link", equalTo("/requests?tab=sent"));

        ApiUser other = population.apiUser(skill, "Rosa", List.of("mentor"), 2);
        String withdrawn = send(mentee, other);
        post(mentee, "/api/v1/requests/" + withdrawn + "/withdraw", null).then().statusCode(200);
        unread(other).body("unread", equalTo(2));
        latest(other, "request-withdrawn", mentee, withdrawn);
        unread(mentee).body("unread", equalTo(1));

        post(other, "/api/v1/notifications/read", null).then().statusCode(200).body("unread", equalTo(0));
        unread(other).body("unread", equalTo(0));
    }

    @Test
    void shouldRemindTheMentorHalfwayAndTellTheSenderWhenTheRequestExpires() {
        ApiUser mentor = population.apiUser(skill, "Sven", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Tara", List.of("mentee"), 2);
        String id = send(mentee, mentor);

        expiry.run(Instant.now().plus(Duration.ofDays(8)));
        latest(mentor, "request-reminder", mentee, id);
        unread(mentor).body("unread", equalTo(2));
        unread(mentee).body("unread", equalTo(0));

        expiry.run(Instant.now().plus(Duration.ofDays(15)));
        latest(mentee, "request-expired", mentor, id);
        unread(mentee).body("unread", equalTo(1));
        unread(mentor).body("unread", equalTo(2));
    }

    private static ValidatableResponse unread(ApiUser user) {
        return given().auth().oauth2(user.token()).get("/api/v1/notifications/unread-count").then().statusCode(200);
    }

    /** The newest notification of {@code user}: this kind, about {@code actor}, for {@code subject}, unread. */
    private static ValidatableResponse latest(ApiUser user, String kind, ApiUser actor, String subject) {
        return given().auth().oauth2(user.token()).get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo(kind))
                .body("items[0].actor.id", equalTo(actor.member().id().toString()))
                .body("items[0].subjectId", equalTo(subject))
                .body("items[0].readAt", org.hamcrest.Matchers.nullValue());
    }
}
