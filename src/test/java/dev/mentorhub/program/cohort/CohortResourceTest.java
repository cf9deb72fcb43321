package dev.mentorhub.program.cohort;

import static dev.mentorhub.program.ProgramFixture.organization;
import static dev.mentorhub.program.ProgramFixture.program;
import static dev.mentorhub.program.ProgramFixture.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.mentorhub.program.ProgramFixture.User;
import dev.mentorhub.program.ProgramFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cohort state machine and its guards, driven over the API by a program admin and its members. */
@QuarkusTest
class CohortResourceTest {

    @Inject
    ProgramFixture fixture;

    private static RequestSpecification as(User user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }

    private static io.restassured.response.ValidatableResponse move(User who, String cohort, String state) {
        return as(who).body(Map.of("state", state)).post(cohort + "/state").then();
    }

    @Test
    void shouldWalkACohortThroughItsStatesWithGuards() {
        User admin = user("Yara");
        UUID program = program(admin, organization(admin), Map.of());
        User mentee = user("Zed");
        User mentor = user("Abe");
        fixture.inviteAndAccept(admin, program, mentee, "mentee");
        fixture.inviteAndAccept(admin, program, mentor, "mentor");
        String cohorts = "/api/v1/programs/" + program + "/cohorts";

        String cohort = cohorts + "/" + as(admin).body(Map.of("name", "Spring")).post(cohorts).then().statusCode(201)
                .body("state", equalTo("draft")).body("nextStates", equalTo(java.util.List.of("enrolling", "closed")))
                .extract().path("id");
        as(admin).body(Map.of("name", "spring")).post(cohorts).then().statusCode(409);
        as(mentee).get(cohorts).then().statusCode(200).body("$", hasSize(0));
        as(mentee).get(cohort).then().statusCode(404);
        as(mentee).body(Map.of("role", "mentee")).post(cohort + "/enrolment").then().statusCode(409)
                .body("type", containsString("cohort-not-enrolling"));

        move(admin, cohort, "active").statusCode(409).body("type", containsString("cohort-state"));
        move(mentee, cohort, "enrolling").statusCode(404);
        move(admin, cohort, "sideways").statusCode(400);
        move(admin, cohort, "enrolling").statusCode(200).body("state", equalTo("enrolling"));
        as(mentee).body(Map.of("role", "mentee")).post(cohort + "/enrolment").then().statusCode(200)
                .body("enrolled", equalTo(true)).body("mentees", equalTo(1));

        move(admin, cohort, "matching").statusCode(409).body("detail", containsString("0 mentor(s)"));
        as(mentor).body(Map.of("role", "mentor")).post(cohort + "/enrolment").then().statusCode(200);
        move(admin, cohort, "matching").statusCode(200);
        move(admin, cohort, "enrolling").statusCode(409);
        as(mentor).delete(cohort + "/enrolment").then().statusCode(409);
        move(admin, cohort, "active").statusCode(200);
        move(admin, cohort, "closed").statusCode(200).body("nextStates", hasSize(0));
        move(admin, cohort, "active").statusCode(409);

        as(admin).get("/api/v1/programs/" + program + "/audit?size=50").then().statusCode(200)
                .body("items.findAll { it.action == 'cohort.moved' }.size()", equalTo(4))
                .body("items.find { it.action == 'cohort.moved' }.after.state", equalTo("closed"));
    }

    @Test
    void shouldKeepCohortsOfOtherProgramsOutOfReach() {
        User adminA = user("Bea");
        User adminB = user("Cal");
        UUID programA = program(adminA, organization(adminA), Map.of());
        UUID programB = program(adminB, organization(adminB), Map.of());
        String cohortA = as(adminA).body(Map.of("name", "A1")).post("/api/v1/programs/" + programA + "/cohorts")
                .then().statusCode(201).extract().path("id");

        as(adminB).get("/api/v1/programs/" + programA + "/cohorts").then().statusCode(404);
        // Another program's cohort id under one's own program: still 404.
        as(adminB).get("/api/v1/programs/" + programB + "/cohorts/" + cohortA).then().statusCode(404);
        move(adminB, "/api/v1/programs/" + programB + "/cohorts/" + cohortA, "enrolling").statusCode(404);
        move(adminA, "/api/v1/programs/" + programA + "/cohorts/" + cohortA, "enrolling").statusCode(200);
    }
}
