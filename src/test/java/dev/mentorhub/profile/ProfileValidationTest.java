package dev.mentorhub.profile;

import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.mentorhub.testsupport.OversizedBodies;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every profile rule: 400 problem+json naming the field, and the stored profile unchanged. */
@QuarkusTest
class ProfileValidationTest {

    @Inject
    TestData data;

    static String teach;
    static String learn;
    static String retired;
    String token;

    @BeforeEach
    void storeValidProfile() {
        if (teach == null) {
            teach = data.skill(TestData.unique("pytorch"), null).slug();
            learn = data.skill(TestData.unique("leadership"), null).slug();
            retired = data.retiredSkill(TestData.unique("theano")).slug();
        }
        token = accessToken("bob");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ProfileRequests.complete(teach, learn))
                .put("/api/v1/profiles/me").then().statusCode(200);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("teachSkills", List.of(new ProfileRequest.TeachSkill("no-such-skill", 3)), "teachSkills[0].skill"),
                Arguments.of("teachSkills", List.of(new ProfileRequest.TeachSkill("$retired", 3)), "teachSkills[0].skill"),
                Arguments.of("teachSkills", List.of(new ProfileRequest.TeachSkill("$teach", 6)), "teachSkills[0].proficiency"),
                Arguments.of("learnSkills", List.of(new ProfileRequest.LearnSkill("$learn", 0)), "learnSkills[0].targetLevel"),
                Arguments.of("timeZone", "Mars/Olympus_Mons", "timeZone"),
                Arguments.of("availability", List.of(new ProfileRequest.Window("monday", "18:00", "20:00"),
                        new ProfileRequest.Window("monday", "19:30", "21:00")), "availability[1]"),
                Arguments.of("availability", List.of(new ProfileRequest.Window("monday", "21:00", "20:00")), "availability[0]"),
                Arguments.of("availability", List.of(new ProfileRequest.Window("someday", "10:00", "11:00")), "availability[0].day"),
                Arguments.of("availability", List.of(new ProfileRequest.Window("friday", "25:00", "26:00")), "availability[0].start"),
                Arguments.of("links", Map.of("website", "javascript:alert(1)"), "links.website"),
                Arguments.of("links", Map.of("linkedin", "https://evil.example.org/in/mei"), "links.linkedin"),
                Arguments.of("links", Map.of("myspace", "https://myspace.com/mei"), "links.myspace"),
                Arguments.of("bio", "x".repeat(ProfileValidator.MAX_BIO + 1), "bio"),
                Arguments.of("headline", "x".repeat(ProfileValidator.MAX_HEADLINE + 1), "headline"),
                Arguments.of("displayName", "  ", "displayName"),
                Arguments.of("careerStage", "wizard", "careerStage"),
                Arguments.of("roles", List.of("mentor", "guru"), "roles[1]"),
                Arguments.of("languages", List.of("en", "xx-klingon"), "languages[1]"),
                Arguments.of("goals", List.of("world-domination"), "goals[0]"),
                Arguments.of("formats", List.of("carrier-pigeon"), "formats[0]"),
                Arguments.of("country", "Atlantis", "country"),
                Arguments.of("mentorCapacity", 21, "mentorCapacity"),
                Arguments.of("mentorCapacity", -1, "mentorCapacity"),
                Arguments.of("visibility", "friends-of-friends", "visibility"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused at {2}")
    @MethodSource("invalidFields")
    void shouldRefuseInvalidFieldAndKeepStoredProfile(String field, Object value, String errorField) {
        ProfileRequest invalid = ProfileRequests.with(ProfileRequests.complete(teach, learn), field, resolve(value));
        invalid = ProfileRequests.with(invalid, "headline".equals(field) ? "bio" : "headline",
                "headline".equals(field) ? "Changed bio" : "Changed headline");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(invalid)
                .put("/api/v1/profiles/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(errorField));

        given().auth().oauth2(token).get("/api/v1/profiles/me")
                .then().statusCode(200)
                .body("headline", equalTo("ML engineer, search ranking"))
                .body("bio", equalTo("I build ranking models."))
                .body("teachSkills[0].skill", equalTo(teach))
                .body("availability.size()", equalTo(2));
    }

    @Test
    void shouldNameWrongTypeInJson() {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"displayName\":\"Bob\",\"mentorCapacity\":\"lots\"}")
                .put("/api/v1/profiles/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("mentorCapacity"));
    }

    @Test
    void shouldRefuseHugePayloadWith413() {
        String huge = "{\"displayName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().config(OversizedBodies.expectContinue()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(huge).put("/api/v1/profiles/me")
                .then().statusCode(413);
        given().auth().oauth2(token).get("/api/v1/profiles/me").then().body("displayName", equalTo("Mei Chen"));
    }

    @SuppressWarnings("unchecked")
    private static Object resolve(Object value) {
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof ProfileRequest.TeachSkill) {
            return ((List<ProfileRequest.TeachSkill>) list).stream()
                    .map(s -> new ProfileRequest.TeachSkill(slug(s.skill()), s.proficiency())).toList();
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof ProfileRequest.LearnSkill) {
            return ((List<ProfileRequest.LearnSkill>) list).stream()
                    .map(s -> new ProfileRequest.LearnSkill(slug(s.skill()), s.targetLevel())).toList();
        }
        return value;
    }

    private static String slug(String placeholder) {
        return switch (placeholder) {
            case "$teach" -> teach;
            case "$learn" -> learn;
            case "$retired" -> retired;
            default -> placeholder;
        };
    }
}
