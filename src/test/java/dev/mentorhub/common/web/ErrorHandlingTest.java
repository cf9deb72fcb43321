package dev.mentorhub.common.web;

import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorHandlingTest {

    @Test
    void shouldAnswerProblemJsonForUnknownApiRoute() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("type", startsWith(ErrorMappers.TYPE_PREFIX))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void shouldAnswerProblemJsonForUnknownApiRouteEvenWhenBrowserAsksForHtml() {
        given().accept("text/html").when().delete("/api/nothing/here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerProblemJsonForWrongMethod() {
        given().auth().oauth2(accessToken("alice")).contentType("application/json").body("{}")
                .when().post("/api/v1/me")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void shouldRenderErrorPageForBrowsers() {
        given().accept("text/html").when().get("/language/klingon")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("404 · Not Found"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldNotRedirectLanguageSwitchToAnotherSite() {
        given().redirects().follow(false).when().get("/language/zh-CN?back=//evil.example.org/")
                .then().statusCode(303)
                .header("Location", not(containsString("evil")))
                .cookie(RequestLocale.COOKIE, "zh-CN");
    }

    @Test
    void shouldReturnToThePageTheLanguageSwitchWasUsedOn() {
        given().when().get("/?from=test")
                .then().statusCode(200)
                .body(containsString("/language/zh-CN?back=%2F%3Ffrom%3Dtest"));
        given().urlEncodingEnabled(false).redirects().follow(false)
                .when().get("/language/zh-CN?back=%2Fdirectory%3Fskill%3Dpytorch")
                .then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/directory?skill=pytorch"));
    }

    @Test
    void shouldRenderPagesInTheLanguageOfTheSwitchWhateverTheBrowserPrefers() {
        given().accept("text/html").cookie("lang", "zh").header("Accept-Language", "en-US,en;q=0.9").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString(">首页</a>")).body(not(containsString(">Home</a>")));
        given().accept("text/html").cookie("lang", "en").header("Accept-Language", "zh-CN").when().get("/")
                .then().statusCode(200).body(containsString(">Home</a>"));
        given().accept("text/html").header("Accept-Language", "zh-CN").when().get("/")
                .then().statusCode(200).body(containsString(">首页</a>"));
    }
}
