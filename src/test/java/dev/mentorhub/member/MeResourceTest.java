package dev.mentorhub.member;

import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** GET /api/v1/me with real access tokens from the local Keycloak. */
@QuarkusTest
class MeResourceTest {

    @Test
    void shouldReturnIdentityAndRolesForRealToken() {
        given().auth().oauth2(accessToken("alice"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("alice"))
                .body("displayName", equalTo("Alice Wang"))
                .body("email", equalTo("alice@demo.mentorhub.dev"))
                .body("subject", equalTo("6f1d2c3a-0001-4000-8000-000000000001"))
                .body("roles", containsInAnyOrder("member"))
                .body("id", notNullValue())
                .body("memberSince", notNullValue());
    }

    @Test
    void shouldListEveryMentorHubRoleOfTheCaller() {
        given().auth().oauth2(accessToken("olivia"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", containsInAnyOrder("member", "organizer"));
    }

    @Test
    void shouldCreateTheMemberOnceAndKeepItsId() {
        String token = accessToken("bob");
        String first = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        String second = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldAnswer401WithoutToken() {
        given().when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldAnswer401ForGarbageToken() {
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void shouldAnswer401ForTokenWithTamperedClaims() {
        String[] parts = accessToken("alice").split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"alice\"", "\"mallory\"").getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(parts[0] + "." + forgedPayload + "." + parts[2])
                .when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldAnswer401ForTokenIssuedToAnotherAudience() {
        String token = accessToken(TestKeycloak.OTHER_AUDIENCE_CLIENT, "alice", "alice");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldAnswer401ForExpiredToken() {
        String token = accessToken(TestKeycloak.SHORT_LIVED_CLIENT, "alice", "alice");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);

        Instant expiry = Instant.ofEpochSecond(Long.parseLong(claim(token, "exp")));
        Awaitility.await().atMost(Duration.ofSeconds(TestKeycloak.SHORT_LIFESPAN_SECONDS + 10))
                .until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }

    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"" + name + "\":\\s*\"?([^,\"}]+).*", "$1");
    }
}
