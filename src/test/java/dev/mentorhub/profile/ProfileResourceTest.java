package dev.mentorhub.profile;

import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    @Inject
    TestData data;

    @Inject
    MemberRepository members;

    @Inject
    EntityManager em;

    @Nested
    class Anonymous {
        @Test
        void shouldAnswer401Everywhere() {
            given().get("/api/v1/profiles/me").then().statusCode(401);
            given().contentType(ContentType.JSON).body("{}").put("/api/v1/profiles/me").then().statusCode(401);
            given().get("/api/v1/profiles").then().statusCode(401);
            given().get("/api/v1/profiles/" + UUID.randomUUID()).then().statusCode(401);
            given().get("/api/v1/profiles/me/export").then().statusCode(401);
            given().delete("/api/v1/profiles/me").then().statusCode(401);
        }
    }

    @Test
    void shouldShowDefaultsAndWhatIsMissingBeforeOnboarding() {
        given().auth().oauth2(accessToken("paul")).get("/api/v1/profiles/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Paul Zhang"))
                .body("mentorCapacity", equalTo(2))
                .body("visibility", equalTo("everyone"))
                .body("timeZone", equalTo("UTC"))
                .body("completeness.score", lessThan(50))
                .body("completeness.missing", hasItem("roles"))
                .body("onboardingCompleted", equalTo(false));
    }

    @Test
    void shouldStoreAndReturnTheWholeProfile() {
        String teach = data.skill(TestData.unique("pytorch"), null).slug();
        String learn = data.skill(TestData.unique("public-speaking"), null).slug();
        String token = accessToken("alice");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(ProfileRequests.complete(teach, learn))
                .put("/api/v1/profiles/me")
                .then().statusCode(200)
                .body("onboardingCompleted", equalTo(true));

        given().auth().oauth2(token).get("/api/v1/profiles/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Mei Chen"))
                .body("careerStage", equalTo("senior"))
                .body("roles", contains("mentor", "mentee"))
                .body("teachSkills[0].skill", equalTo(teach))
                .body("teachSkills[0].level", equalTo(5))
                .body("learnSkills[0].level", equalTo(3))
                .body("goals", containsInAnyOrder("leadership", "public-speaking"))
                .body("languages", contains("en", "zh"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("availability[0].day", equalTo("tuesday"))
                .body("availability[0].start", equalTo("19:00"))
                .body("availability[1].day", equalTo("thursday"))
                .body("formats", containsInAnyOrder("video", "chat"))
                .body("links.github", equalTo("https://github.com/mei"))
                .body("country", equalTo("CN"))
                .body("completeness.score", equalTo(100))
                .body("lastActiveAt", notNullValue());
    }

    @Test
    void shouldKeepScriptAsPlainText() {
        String token = accessToken("alice");
        String teach = data.skill(TestData.unique("xss"), null).slug();
        ProfileRequest withScript = ProfileRequests.with(ProfileRequests.complete(teach, teach), "learnSkills", null);
        withScript = ProfileRequests.with(withScript, "bio", "<script>alert('x')</script>");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(withScript).put("/api/v1/profiles/me")
                .then().statusCode(200).body("bio", equalTo("<script>alert('x')</script>"));
    }

    @Test
    void shouldNotLetAnyoneEditSomeoneElsesProfile() {
        String aliceId = given().auth().oauth2(accessToken("alice")).get("/api/v1/me").then().extract().path("id");
        given().auth().oauth2(accessToken("bob")).contentType(ContentType.JSON).body("{\"displayName\":\"Hacked\"}")
                .put("/api/v1/profiles/" + aliceId)
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void shouldHideHiddenProfilesFromOthersButNotFromTheirOwner() {
        var hidden = data.member("Hidden Person");
        String skill = data.skill(TestData.unique("secret"), null).slug();
        ProfileService service = io.quarkus.arc.Arc.container().instance(ProfileService.class).get();
        service.replace(hidden, ProfileRequests.with(
                ProfileRequests.with(ProfileRequests.complete(skill, skill), "learnSkills", null), "visibility", "hidden"), true);

        given().auth().oauth2(accessToken("alice")).get("/api/v1/profiles/" + hidden.id())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(accessToken("alice")).queryParam("skill", skill).get("/api/v1/profiles")
                .then().statusCode(200).body("total", equalTo(0));
        assertThat(service.visibleTo(hidden.id(), hidden)).isPresent();
    }

    @Test
    void shouldAnswer404ForUnknownOrMalformedId() {
        String token = accessToken("alice");
        given().auth().oauth2(token).get("/api/v1/profiles/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(token).get("/api/v1/profiles/not-a-uuid").then().statusCode(404);
    }

    @Test
    void shouldExportEverythingThenDeleteAccountLeavingOnlyAnonymousRow() {
        String token = accessToken("olivia");
        String teach = data.skill(TestData.unique("export"), null).slug();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(
                ProfileRequests.with(ProfileRequests.complete(teach, teach), "learnSkills", java.util.List.of())).put("/api/v1/profiles/me").then().statusCode(200);

        String memberId = given().auth().oauth2(token).get("/api/v1/me").then().extract().path("id");
        assertThat(count("outbox_message", "recipient_member_id", memberId)).as("welcome mail queued").isEqualTo(1);

        String id = given().auth().oauth2(token).get("/api/v1/profiles/me/export")
                .then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .body("account.username", equalTo("olivia"))
                .body("account.email", equalTo("olivia@demo.mentorhub.dev"))
                .body("profile.headline", equalTo("ML engineer, search ranking"))
                .body("profile.links.github", equalTo("https://github.com/mei"))
                .extract().path("account.id");

        given().auth().oauth2(token).delete("/api/v1/profiles/me").then().statusCode(204);

        var anonymised = QuarkusTransaction.requiringNew().call(() -> members.findById(UUID.fromString(id)));
        assertThat(anonymised.displayName()).isEqualTo("Deleted member");
        assertThat(anonymised.email()).isNull();
        assertThat(anonymised.isDeleted()).isTrue();
        assertThat(count("profile", "member_id", id) + count("profile_teach_skill", "member_id", id)
                + count("profile_link", "member_id", id) + count("profile_availability", "member_id", id)
                + count("profile_language", "member_id", id) + count("outbox_message", "recipient_member_id", id))
                .isZero();
        given().auth().oauth2(accessToken("alice")).get("/api/v1/profiles/" + id).then().statusCode(404);

        given().auth().oauth2(token).get("/api/v1/profiles/me/export")
                .then().statusCode(200)
                .body("account.id", org.hamcrest.Matchers.not(equalTo(id)))
                .body("profile", org.hamcrest.Matchers.nullValue());
    }

    private long count(String table, String column, String memberId) {
        String sql = "select count(*) from " + table + " where " + column + " = :id";
        Number count = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(sql)
                .setParameter("id", UUID.fromString(memberId)).getSingleResult());
        return count.longValue();
    }
}
