package dev.mentorhub.mentorship;

import static dev.mentorhub.mentorship.RequestPopulation.post;
import static dev.mentorhub.mentorship.RequestPopulation.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.mentorhub.mentorship.RequestPopulation.ApiUser;
import dev.mentorhub.skill.Skill;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/v1/mentorships/{id}/end with real tokens: either party, once; the other side is told. */
@QuarkusTest
class MentorshipEndTest {

    @Inject
    RequestPopulation population;

    @Test
    void shouldLetTheMenteeEndOnceAndTellTheMentor() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Ulla", List.of("mentor"), 1);
        ApiUser mentee = population.apiUser(skill, "Viktor", List.of("mentee"), 2);
        ApiUser outsider = population.apiUser(skill, "Wanda", List.of("mentee"), 2);
        String mentorship = pair(mentor, mentee);

        end(outsider, mentorship, null).then().statusCode(404).contentType("application/problem+json");
        end(mentee, UUID.randomUUID().toString(), null).then().statusCode(404);
        given().contentType(ContentType.JSON).post("/api/v1/mentorships/" + mentorship + "/end").then().statusCode(401);
        assertThat(population.mentorshipStatus(UUID.fromString(mentorship))).isEqualTo("ACTIVE");

        end(mentee, mentorship, Map.of("reason", "Moving to another team")).then().statusCode(200)
                .body("status", equalTo("ended")).body("endedAt", notNullValue());

        given().auth().oauth2(mentor.token()).get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("mentorship-ended"))
                .body("items[0].actor.id", equalTo(mentee.member().id().toString()))
                .body("items[0].subjectId", equalTo(mentorship))
                .body("items[0].link", equalTo("/mentorships/" + mentorship));
        given().auth().oauth2(mentee.token()).get("/api/v1/notifications").then()
                .body("items.kind", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("mentorship-ended")));
        String key = "mentorship-ended:" + mentorship;
        assertThat(population.outbox(key)).isEqualTo(1);
        assertThat(population.recipientOf(key)).isEqualTo(mentor.member().id().toString());
        assertThat(population.outboxText(key)).contains("Viktor has ended your mentorship", "Moving to another team");

        end(mentee, mentorship, null).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("mentorship-not-active"));
        end(mentor, mentorship, null).then().statusCode(409);
        given().auth().oauth2(mentee.token()).get("/api/v1/mentorships").then()
                .body("[0].status", equalTo("ended"));
    }

    @Test
    void shouldFreeTheMentorsPlaceSoTheyCanAcceptAgain() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Xena", List.of("mentor"), 1);
        ApiUser first = population.apiUser(skill, "Yusuf", List.of("mentee"), 2);
        ApiUser second = population.apiUser(skill, "Zoe", List.of("mentee"), 2);
        String mentorship = pair(mentor, first);
        String waiting = send(second, mentor);
        accept(mentor, waiting).then().statusCode(409).body("type", endsWith("capacity-reached"));

        end(mentor, mentorship, Map.of("reason", "x".repeat(1001))).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        end(mentor, mentorship, null).then().statusCode(200);
        accept(mentor, waiting).then().statusCode(200).body("mentee.id", equalTo(second.member().id().toString()));
    }

    private static String pair(ApiUser mentor, ApiUser mentee) {
        return accept(mentor, send(mentee, mentor)).then().statusCode(200).extract().path("id");
    }

    private static io.restassured.response.Response accept(ApiUser mentor, String request) {
        return post(mentor, "/api/v1/requests/" + request + "/accept", null);
    }

    private static io.restassured.response.Response end(ApiUser as, String mentorship, Object body) {
        return post(as, "/api/v1/mentorships/" + mentorship + "/end", body);
    }
}
