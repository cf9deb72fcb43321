package dev.mentorhub.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code QUARKUS_SWAGGER_UI_ENABLED=true} switches Swagger UI on outside dev mode, at start, without a rebuild. */
@QuarkusTest
@TestProfile(SwaggerUiSwitchTest.SwaggerUiOn.class)
class SwaggerUiSwitchTest {

    public static class SwaggerUiOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.swagger-ui.enabled", "true");
        }
    }

    @Test
    void shouldServeSwaggerUiWhenSwitchedOn() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
