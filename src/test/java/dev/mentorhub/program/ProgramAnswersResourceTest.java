package dev.mentorhub.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.mentorhub.program.ProgramFixture.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PUT and GET /api/v1/programs/{id}/answers with real tokens: members only, every answer checked. */
@QuarkusTest
class ProgramAnswersResourceTest {

    @Test
    void shouldStoreValidAnswersAndRefuseInvalidOnesWithoutWriting() {
        User admin = ProgramFixture.user("Admin");
        UUID org = ProgramFixture.organization(admin);
        UUID program = ProgramFixture.program(admin, org, Map.of("questions", ProgramAnswersTest.QUESTIONS));
        User member = ProgramFixture.user("Member");
        ProgramFixture.joinByLink(admin, program, member, "mentee");
        String answers = "/api/v1/programs/" + program + "/answers";

        given().auth().oauth2(member.token()).contentType(ContentType.JSON)
                .body(Map.of("team", "Sales", "topics", List.of("Java"), "why", "Learn"))
                .put(answers).then().statusCode(200).body("team", equalTo("Sales"));
        given().auth().oauth2(member.token()).contentType(ContentType.JSON)
                .body(Map.of("team", "Nope", "topics", List.of("Cooking"), "why", "x".repeat(301)))
                .put(answers).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("answers.team", "answers.topics", "answers.why"));
        given().auth().oauth2(member.token()).get(answers).then().statusCode(200)
                .body("team", equalTo("Sales")).body("topics", equalTo(List.of("Java"))).body("why", equalTo("Learn"));

        // Someone outside the restricted program: 404; a caller who is no member of it cannot answer.
        User stranger = ProgramFixture.user("Stranger");
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON).body(Map.of("team", "Sales"))
                .put(answers).then().statusCode(404);
        given().auth().oauth2(admin.token()).contentType(ContentType.JSON).body(Map.of("team", "Sales"))
                .put(answers).then().statusCode(409).body("type", endsWith("/not-a-member"));
    }
}
