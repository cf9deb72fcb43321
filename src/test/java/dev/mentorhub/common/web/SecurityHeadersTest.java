package dev.mentorhub.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy lets forms go to this site and to the configured Keycloak only (the sign-in and
 * sign-out pages are on Keycloak's origin), not to any local port; Swagger UI is off unless switched on.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldAllowFormsToGoOnlyToThisSiteAndTheConfiguredKeycloak() {
        String policy = given().when().get("/").then().statusCode(200)
                .extract().header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'")
                .contains("form-action 'self' " + TestKeycloak.get().baseUrl() + ";")
                .doesNotContain("localhost:*");
    }

    @Test
    void shouldSetThePolicyOnErrorPagesToo() {
        String policy = given().accept("text/html").when().get("/language/klingon").then().statusCode(404)
                .extract().header("Content-Security-Policy");
        assertThat(policy).contains("form-action 'self' " + TestKeycloak.get().baseUrl());
    }

    @Test
    void shouldNotServeSwaggerUiUnlessSwitchedOn() {
        given().when().get("/q/swagger-ui/").then().statusCode(404);
        given().when().get("/q/swagger-ui/index.html").then().statusCode(404);
    }
}
