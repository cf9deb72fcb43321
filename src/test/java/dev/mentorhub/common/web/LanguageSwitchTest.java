package dev.mentorhub.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language switch goes back only to a page of this site, and never fails on what {@code back} holds. */
@QuarkusTest
class LanguageSwitchTest {

    /** Raw query strings, sent as typed (RestAssured must not encode them again). */
    @ParameterizedTest
    @ValueSource(strings = {"/%20x", "/a%20b?c=d", "/%0d%0aSet-Cookie:x=y", "/%00", "/%25zz", "/%25", "/%5Cevil.example.org",
            "//evil.example.org/", "/%2F%2Fevil.example.org", "http://evil.example.org/", "%20/", "", "/%C3%A9t%C3%A9",
            "/a%23frag%20x", "/:x", "/x%3Fy%3Dz%23%25zz", "/%09x", "/x%7Cy%7B%7D%5E%60"})
    void shouldGoBackSafelyWhateverBackHolds(String back) {
        String location = given().urlEncodingEnabled(false).redirects().follow(false)
                .when().get("/language/en?back=" + back)
                .then().statusCode(303).cookie(RequestLocale.COOKIE, "en")
                .extract().header("Location");
        URI target = URI.create(location);
        assertThat(target.getRawPath()).as("a path on this site").startsWith("/").doesNotStartWith("//");
        assertThat(target.getHost()).as("the host of this site").isIn("localhost", null);
        assertThat(location).doesNotContain("\r", "\n", "evil.example.org/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/directory?skill=pytorch", "/programs", "/profiles/me?tab=skills&x=1"})
    void shouldGoBackToTheLocalPageItCameFrom(String back) {
        given().redirects().follow(false).queryParam("back", back)
                .when().get("/language/zh-CN")
                .then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(back));
    }
}
