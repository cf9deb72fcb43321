package dev.mentorhub.profile;

import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.mentorhub.member.Member;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Directory filters over a small known population; a unique skill tree per test keeps other data out. */
@QuarkusTest
class ProfileDirectoryTest {

    @Inject
    TestData data;

    @Inject
    ProfileService profiles;

    Skill area;
    Skill child;
    Skill grandchild;
    Skill unrelated;
    String token;

    @BeforeEach
    void skillTree() {
        area = data.skill(TestData.unique("area"), null);
        child = data.skill(TestData.unique("child"), area);
        grandchild = data.skill(TestData.unique("grandchild"), child);
        unrelated = data.skill(TestData.unique("unrelated"), null);
        token = accessToken("alice");
    }

    @Test
    void shouldFindTeachersOfSubSkillsWhenFilteringByArea() {
        Member ana = mentor("Ana", grandchild, "senior", "en", "Europe/Berlin", 2);
        Member ben = mentor("Ben", child, "mid-level", "zh", "Asia/Shanghai", 1);
        mentor("Carl", unrelated, "senior", "en", "Europe/Berlin", 2);

        given().auth().oauth2(token).queryParam("skill", area.slug()).queryParam("role", "mentor")
                .get("/api/v1/profiles")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.displayName", containsInAnyOrder("Ana", "Ben"));
        given().auth().oauth2(token).queryParam("skill", child.slug()).get("/api/v1/profiles")
                .then().body("items.id", containsInAnyOrder(ana.id().toString(), ben.id().toString()));
        given().auth().oauth2(token).queryParam("skill", grandchild.slug()).get("/api/v1/profiles")
                .then().body("items.displayName", contains("Ana"));
    }

    @Test
    void shouldCombineStageLanguageTimeZoneAndCapacityFilters() {
        mentor("Ana", child, "senior", "en", "Europe/Berlin", 2);
        mentor("Ben", child, "mid-level", "zh", "Asia/Shanghai", 1);
        mentor("Paused", child, "senior", "en", "Europe/Berlin", 0);

        given().auth().oauth2(token).queryParam("skill", area.slug()).queryParam("stage", "senior")
                .get("/api/v1/profiles").then().body("items.displayName", containsInAnyOrder("Ana", "Paused"));
        given().auth().oauth2(token).queryParam("skill", area.slug()).queryParam("language", "zh")
                .get("/api/v1/profiles").then().body("items.displayName", contains("Ben"));
        given().auth().oauth2(token).queryParam("skill", area.slug())
                .queryParam("utcOffsetMin", 7).queryParam("utcOffsetMax", 9)
                .get("/api/v1/profiles").then().body("items.displayName", contains("Ben"));
        given().auth().oauth2(token).queryParam("skill", area.slug()).queryParam("hasCapacity", true)
                .get("/api/v1/profiles").then().body("items.displayName", containsInAnyOrder("Ana", "Ben"));
    }

    @Test
    void shouldFindMenteesByWhatTheyWantToLearn() {
        Member learner = data.member("Learner");
        ProfileRequest request = ProfileRequests.complete(unrelated.slug(), grandchild.slug());
        request = ProfileRequests.with(request, "roles", List.of("mentee"));
        request = ProfileRequests.with(request, "teachSkills", List.of());
        profiles.replace(learner, ProfileRequests.with(request, "displayName", "Learner"), true);
        mentor("Teacher", grandchild, "senior", "en", "UTC", 2);

        given().auth().oauth2(token).queryParam("skill", area.slug()).queryParam("role", "mentee")
                .get("/api/v1/profiles").then().body("items.displayName", contains("Learner"));
    }

    @Test
    void shouldLabelInactiveMentorsAndListThemLast() {
        Member stale = mentor("Stale", child, "senior", "en", "UTC", 2);
        Member paused = mentor("Paused", child, "senior", "en", "UTC", 0);
        mentor("Active", child, "senior", "en", "UTC", 2);
        data.lastSeen(stale, Instant.now().minus(90, ChronoUnit.DAYS));

        given().auth().oauth2(token).queryParam("skill", child.slug()).get("/api/v1/profiles")
                .then().statusCode(200)
                .body("items[0].displayName", equalTo("Active"))
                .body("items[0].inactiveMentor", equalTo(false))
                .body("items.findAll { it.inactiveMentor }.displayName", containsInAnyOrder("Stale", "Paused"));
        given().auth().oauth2(token).get("/api/v1/profiles/" + paused.id()).then().body("inactiveMentor", equalTo(true));
    }

    @Test
    void shouldPageThroughResults() {
        for (int i = 0; i < 5; i++) {
            mentor("Mentor " + i, child, "senior", "en", "UTC", 2);
        }
        given().auth().oauth2(token).queryParam("skill", child.slug()).queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/profiles")
                .then().body("items.size()", equalTo(1)).body("total", equalTo(5)).body("totalPages", equalTo(3));
        given().auth().oauth2(token).queryParam("skill", child.slug()).queryParam("size", 1000)
                .get("/api/v1/profiles").then().body("size", equalTo(50));
    }

    @Test
    void shouldRefuseUnknownFilterValuesNamingThem() {
        given().auth().oauth2(token).queryParam("skill", "no-such-skill").queryParam("stage", "wizard")
                .queryParam("role", "guru").queryParam("language", "klingon")
                .get("/api/v1/profiles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("skill", "stage", "role", "language"));
        given().auth().oauth2(token).queryParam("utcOffsetMin", 5).queryParam("utcOffsetMax", 2)
                .get("/api/v1/profiles")
                .then().statusCode(400).body("errors.field", hasItem("utcOffsetMin"));
    }

    private Member mentor(String name, Skill teaches, String stage, String language, String zone, int capacity) {
        Member member = data.member(name);
        ProfileRequest request = ProfileRequests.complete(teaches.slug(), unrelated.slug());
        for (Object[] change : new Object[][] {{"displayName", name}, {"careerStage", stage},
                {"languages", List.of(language)}, {"timeZone", zone}, {"mentorCapacity", capacity},
                {"roles", List.of("mentor")}, {"learnSkills", List.of()}}) {
            request = ProfileRequests.with(request, (String) change[0], change[1]);
        }
        profiles.replace(member, request, true);
        return member;
    }
}
