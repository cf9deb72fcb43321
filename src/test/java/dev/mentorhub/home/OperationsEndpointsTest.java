package dev.mentorhub.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Readiness includes the database; the API is described at /q/openapi (Swagger UI is off outside dev mode unless
 * switched on: SecurityHeadersTest, SwaggerUiSwitchTest).
 */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void shouldReportReadyIncludingDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void shouldPublishOpenApiWithMeEndpoint() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/me'.get.summary", equalTo("The caller's identity and roles"));
    }

    @Test
    void shouldServeLandingPageToVisitors() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("Find a mentor, and become one."))
                .body(containsString("href=\"/login\""));
    }

    @Test
    void shouldServeLandingPageInChinese() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9").when().get("/")
                .then().statusCode(200)
                .body(containsString("找到导师，也成为导师。"))
                .body(containsString("lang=\"zh-CN\""));
    }

    @Test
    void shouldSendVisitorsToKeycloakWhenTheyClickSignIn() {
        given().redirects().follow(false).when().get("/login")
                .then().statusCode(302)
                .header("Location", containsString("/realms/mentorhub/protocol/openid-connect/auth"));
    }
}
