package dev.mentorhub.mentorship;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.member.Member;
import dev.mentorhub.skill.Skill;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/requests with real Keycloak tokens: statuses, problem+json, privacy, and concurrent accepts over HTTP.
 * Bodiless POSTs say JSON: RestAssured would otherwise send them as forms, which the CSRF filter refuses.
 */
@QuarkusTest
class MatchRequestResourceTest {

    @Inject
    RequestPopulation population;

    @Inject
    MatchRequestService service;

    Skill skill;

    @BeforeEach
    void skill() {
        skill = population.skill();
    }

    private record User(String token, Member member) {
    }

    private User user(String name, List<String> roles, int capacity) {
        RequestPopulation.ApiUser u = population.apiUser(skill, name, roles, capacity);
        return new User(u.token(), u.member());
    }

    private Response send(User from, Member to, String message) {
        return given().auth().oauth2(from.token()).contentType(ContentType.JSON)
                .body(Map.of("recipientId", to.id().toString(), "message", message, "goals", List.of("career-growth")))
                .post("/api/v1/requests");
    }

    @Test
    void shouldSendAcceptAndListOverTheApi() {
        User mentor = user("Quinn", List.of("mentor"), 2);
        User mentee = user("Rae", List.of("mentee"), 2);

        Response created = send(mentee, mentor.member(), "Hello there");
        created.then().statusCode(201).header("Location", containsString("/api/v1/requests/"))
                .body("status", equalTo("pending")).body("goals[0]", equalTo("career-growth"));
        String id = created.path("id");
        created.then().header("Location", endsWith(id));

        given().auth().oauth2(mentor.token()).get("/api/v1/requests?box=received&status=pending")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].sender.displayName", equalTo("Rae"));
        given().auth().oauth2(mentee.token()).contentType(ContentType.JSON).post("/api/v1/requests/" + id + "/accept")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).post("/api/v1/requests/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("active"))
                .body("mentee.id", equalTo(mentee.member().id().toString()));
        given().auth().oauth2(mentee.token()).get("/api/v1/mentorships")
                .then().statusCode(200).body("[0].mentor.id", equalTo(mentor.member().id().toString()));
        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).post("/api/v1/requests/" + id + "/accept")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldExplainRefusalsAsProblemJsonAndHideTheDeclineReason() {
        User mentor = user("Sam", List.of("mentor"), 2);
        User mentee = user("Tia", List.of("mentee"), 2);

        send(mentee, mentor.member(), "x".repeat(2001)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("message"));
        String id = send(mentee, mentor.member(), "Please").then().statusCode(201).extract().path("id");
        send(mentee, mentor.member(), "Again").then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(mentor.token()).contentType(ContentType.JSON).body(Map.of("reason", "Too busy"))
                .post("/api/v1/requests/" + id + "/decline").then().statusCode(200)
                .body("declineReason", equalTo("Too busy"));
        given().auth().oauth2(mentee.token()).get("/api/v1/requests/" + id)
                .then().statusCode(200).body("status", equalTo("declined")).body("declineReason", nullValue())
                .body(org.hamcrest.Matchers.not(containsString("Too busy")));
        given().auth().oauth2(mentee.token()).get("/api/v1/requests?box=sent")
                .then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("Too busy")));
    }

    @Test
    void shouldGiveExactlyOneOfConcurrentHttpAcceptsTheLastPlace() throws Exception {
        User mentor = user("Uma", List.of("mentor"), 1);
        int n = 4;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Member mentee = population.mentee(skill, "Http" + i);
            ids.add(service.send(mentee, new SendRequest(mentor.member().id(), null, "Hi", List.of())).id().toString());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (String id : ids) {
                Callable<Response> accept = () -> {
                    start.await();
                    return given().auth().oauth2(mentor.token()).contentType(ContentType.JSON)
                            .post("/api/v1/requests/" + id + "/accept");
                };
                results.add(pool.submit(accept));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> result : results) {
                responses.add(result.get());
            }
            assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
            assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(n - 1)
                    .allSatisfy(r -> assertThat(r.jsonPath().getString("detail")).isEqualTo(
                            "You have no free mentee places (capacity 1). End a mentorship or raise your capacity."));
            assertThat(population.activeMentorshipsAsMentor(mentor.member().id())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
