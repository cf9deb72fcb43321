package dev.mentorhub.mentorship.workspace;

import static dev.mentorhub.mentorship.RequestPopulation.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.mentorship.RequestPopulation;
import dev.mentorhub.mentorship.RequestPopulation.ApiUser;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/v1/mentorships/{id} and its milestones with real tokens: the pair agree, write and tick; nobody else sees. */
@QuarkusTest
class WorkspaceResourceTest {

    @Inject
    RequestPopulation population;

    @Inject
    EntityManager em;

    @Test
    void shouldLetThePairAgreeAndWriteSanitisedNotesAndRefuseAStaleEdit() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Wilma", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Xaver", List.of("mentee"), 2);
        String id = pair(mentor, mentee);
        String path = "/api/v1/mentorships/" + id;

        String start = LocalDate.now(ZoneOffset.UTC).toString();
        as(mentee).get(path).then().statusCode(200).body("status", equalTo("active"))
                .body("goals", equalTo(List.of("career-growth"))).body("cadenceWeeks", nullValue())
                .body("plannedEnd", equalTo(LocalDate.parse(start).plusMonths(6).toString()))
                .body("notes", equalTo("")).body("milestones", empty()).body("version", equalTo(0));

        String notes = "**Plan**\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) and [docs](https://example.org)";
        Map<String, Object> change = new HashMap<>(Map.of("version", 0, "goals", List.of("leadership", "promotion"),
                "cadenceWeeks", 2, "sessionMinutes", 45, "notes", notes));
        String html = put(mentee, path, change).then().statusCode(200).body("version", equalTo(1))
                .body("goals", equalTo(List.of("leadership", "promotion"))).body("cadenceWeeks", equalTo(2))
                .body("sessionMinutes", equalTo(45)).body("notes", equalTo(notes))
                .body("notesUpdatedBy.id", equalTo(mentee.member().id().toString()))
                .extract().path("notesHtml");
        assertThat(html).contains("<strong>Plan</strong>", "&lt;script&gt;", "href=\"https://example.org\"")
                .doesNotContain("<script", "<img", "javascript:");

        // Wilma read version 0 too: her save would overwrite Xaver's, so it is refused and nothing changes.
        put(mentor, path, Map.of("version", 0, "cadenceWeeks", 1)).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("workspace-changed"));
        as(mentor).get(path).then().body("cadenceWeeks", equalTo(2)).body("version", equalTo(1));

        // Left out stays; 0 clears.
        put(mentor, path, Map.of("version", 1, "sessionMinutes", 0)).then().statusCode(200)
                .body("sessionMinutes", nullValue()).body("cadenceWeeks", equalTo(2)).body("notes", equalTo(notes))
                .body("version", equalTo(2));
    }

    @Test
    void shouldNameEveryWrongFieldAndChangeNothing() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Yvonne", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Zeno", List.of("mentee"), 2);
        String path = "/api/v1/mentorships/" + pair(mentor, mentee);

        put(mentee, path, Map.of("cadenceWeeks", 2)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("version")));
        put(mentee, path, Map.of("version", 0, "goals", List.of("flying"), "cadenceWeeks", 3, "sessionMinutes", 50,
                "plannedEnd", "2000-01-01", "notes", "x".repeat(20_001))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("goals", "cadenceWeeks", "sessionMinutes", "plannedEnd",
                        "notes"));
        put(mentee, path, Map.of("version", 0, "plannedEnd", LocalDate.now().plusYears(3).toString()))
                .then().statusCode(400).body("errors.field", equalTo(List.of("plannedEnd")));
        as(mentee).get(path).then().body("version", equalTo(0)).body("cadenceWeeks", nullValue())
                .body("goals", equalTo(List.of("career-growth")));
    }

    @Test
    void shouldKeepMilestonesWithWhoAndWhenAndHideEverythingFromOthers() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Anton", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Berit", List.of("mentee"), 2);
        ApiUser outsider = population.apiUser(skill, "Cyril", List.of("mentee", "mentor"), 2);
        String id = pair(mentor, mentee);
        String path = "/api/v1/mentorships/" + id;

        post(mentor, path + "/milestones", Map.of("title", " ")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("title")));
        post(mentor, path + "/milestones", Map.of("title", "x".repeat(201))).then().statusCode(400);
        String milestone = post(mentor, path + "/milestones", Map.of("title", "Read the attention paper"))
                .then().statusCode(201).body("createdBy.id", equalTo(mentor.member().id().toString()))
                .body("doneAt", nullValue()).extract().path("id");
        as(mentee).contentType(ContentType.JSON).put(path + "/milestones/" + milestone + "/done").then()
                .statusCode(200).body("doneBy.id", equalTo(mentee.member().id().toString()));
        as(mentor).get(path).then().body("milestones", hasSize(1))
                .body("milestones[0].title", equalTo("Read the attention paper"))
                .body("milestones[0].doneBy.displayName", equalTo("Berit"));
        as(mentor).delete(path + "/milestones/" + milestone + "/done").then().statusCode(200)
                .body("doneBy", nullValue()).body("doneAt", nullValue());

        // A third member, a random id, a milestone of another mentorship: all a plain 404; no token: 401.
        for (Response r : List.of(as(outsider).get(path), put(outsider, path, Map.of("version", 0)),
                post(outsider, path + "/milestones", Map.of("title", "Mine now")),
                as(outsider).contentType(ContentType.JSON).put(path + "/milestones/" + milestone + "/done"),
                as(outsider).delete(path + "/milestones/" + milestone),
                as(mentee).get("/api/v1/mentorships/" + UUID.randomUUID()))) {
            r.then().statusCode(404).contentType("application/problem+json");
        }
        String other = pair(mentor, outsider);
        as(outsider).delete("/api/v1/mentorships/" + other + "/milestones/" + milestone).then().statusCode(404);
        given().get(path).then().statusCode(401);
        as(outsider).get("/api/v1/mentorships/workspaces").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(id)));

        as(mentee).delete(path + "/milestones/" + milestone).then().statusCode(204);
        as(mentor).get(path).then().body("milestones", empty());
    }

    @Test
    void shouldEndEarlyOnlyWithAReasonAndThenBeReadOnly() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Dora", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Emil", List.of("mentee"), 2);
        String id = pair(mentor, mentee);
        String path = "/api/v1/mentorships/" + id;

        post(mentee, path + "/end", Map.of("outcome", "ended-early")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        post(mentee, path + "/end", Map.of("outcome", "abandoned")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("outcome")));
        post(mentee, path + "/end", Map.of("outcome", "ended-early", "reason", "New job, no time")).then()
                .statusCode(200).body("status", equalTo("ended"));
        as(mentor).get(path).then().statusCode(200).body("outcome", equalTo("ended-early"))
                .body("endReason", equalTo("New job, no time"))
                .body("endedBy.id", equalTo(mentee.member().id().toString()));
        put(mentor, path, Map.of("version", 1, "cadenceWeeks", 1)).then().statusCode(409)
                .body("type", endsWith("mentorship-not-active"));
        post(mentor, path + "/milestones", Map.of("title", "Late")).then().statusCode(409);
    }

    @Test
    void shouldLetOneOfTwoSimultaneousSavesOfTheSameVersionWin() throws Exception {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Frida", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Gustav", List.of("mentee"), 2);
        String path = "/api/v1/mentorships/" + pair(mentor, mentee);
        List<ApiUser> both = List.of(mentor, mentee);

        List<Race.Outcome<Integer>> outcomes = Race.run(2, i -> () -> put(both.get(i), path,
                Map.of("version", 0, "notes", "Written by " + i)).statusCode());

        assertThat(outcomes).extracting(Race.Outcome::value).containsExactlyInAnyOrder(200, 409);
        as(mentor).get(path).then().body("version", equalTo(1)).body("notes", containsString("Written by"));
    }

    @Test
    void shouldAllowFiftyMilestonesWhenBothAddAtOnce() throws Exception {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Hanna", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Ivo", List.of("mentee"), 2);
        String id = pair(mentor, mentee);
        addMilestones(UUID.fromString(id), mentor.member().id(), 44);
        List<ApiUser> both = List.of(mentor, mentee);

        List<Race.Outcome<Integer>> outcomes = Race.run(10, i -> () -> post(both.get(i % 2),
                "/api/v1/mentorships/" + id + "/milestones", Map.of("title", "Step " + i)).statusCode());

        assertThat(outcomes).extracting(Race.Outcome::value).filteredOn(s -> s == 201).hasSize(6);
        assertThat(outcomes).extracting(Race.Outcome::value).filteredOn(s -> s == 409).hasSize(4);
        as(mentee).get("/api/v1/mentorships/" + id).then().body("milestones", hasSize(50));
    }

    @Test
    void shouldExportTheWorkspaceAndEraseNotesAndMilestonesWhenEitherLeaves() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Jonas", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Kira", List.of("mentee"), 2);
        String path = "/api/v1/mentorships/" + pair(mentor, mentee);
        put(mentee, path, Map.of("version", 0, "notes", "Kira's private plans")).then().statusCode(200);
        post(mentee, path + "/milestones", Map.of("title", "Kira's milestone")).then().statusCode(201);

        as(mentee).get("/api/v1/profiles/me/export").then().statusCode(200)
                .body("mentorshipWorkspaces[0].notes", equalTo("Kira's private plans"))
                .body("mentorshipWorkspaces[0].milestones[0].title", equalTo("Kira's milestone"));

        as(mentee).delete("/api/v1/profiles/me").then().statusCode(204);

        as(mentor).get(path).then().statusCode(200).body("status", equalTo("ended"))
                .body("outcome", equalTo("ended-early")).body("notes", equalTo("")).body("milestones", empty())
                .body("endReason", nullValue());
    }

    @Test
    void shouldKeepEachFactorsPointsAsTheSuggestionExplainedThemWhenTheRequestIsAccepted() {
        Skill skill = population.skill();
        ApiUser mentor = population.apiUser(skill, "Lotte", List.of("mentor"), 2);
        ApiUser mentee = population.apiUser(skill, "Malte", List.of("mentee"), 2);
        List<Map<String, Object>> explained = as(mentee).get("/api/v1/matches/suggestions?limit=50").then()
                .statusCode(200).extract().jsonPath()
                .getList("items.find { it.candidateId == '" + mentor.member().id() + "' }.breakdown");
        assertThat(explained).as("the mentor is suggested to the mentee").isNotEmpty();

        String id = pair(mentor, mentee);

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(match_factors as text) from mentorship where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        Map<String, Object> points = io.restassured.path.json.JsonPath.from(stored).getMap("");
        assertThat(points).hasSize(6);
        for (Map<String, Object> line : explained) {
            double shown = ((Number) line.get("points")).doubleValue();
            assertThat(((Number) points.get(line.get("factor"))).intValue()).as((String) line.get("factor"))
                    .isEqualTo((int) Math.round(shown * 10));
        }
        assertThat(((Number) points.get("skill")).intValue()).isPositive();
    }

    private void addMilestones(UUID mentorshipId, UUID by, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                em.persist(MentorshipMilestone.add(mentorshipId, "Prepared " + i, by, Instant.now()));
            }
        });
    }

    /** Mentee asks mentor with the goal career-growth; the mentor accepts. */
    private static String pair(ApiUser mentor, ApiUser mentee) {
        String request = post(mentee, "/api/v1/requests", Map.of("recipientId", mentor.member().id().toString(),
                "message", "Hello", "goals", List.of("career-growth"))).then().statusCode(201).extract().path("id");
        return post(mentor, "/api/v1/requests/" + request + "/accept", null).then().statusCode(200).extract()
                .path("id");
    }

    private static RequestSpecification as(ApiUser user) {
        return given().auth().oauth2(user.token());
    }

    private static Response put(ApiUser user, String path, Object body) {
        return as(user).contentType(ContentType.JSON).body(body).put(path);
    }
}
