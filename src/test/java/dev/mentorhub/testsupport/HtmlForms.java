package dev.mentorhub.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Form posts as a browser sends them: with the CSRF cookie and field that a page handed out. */
public final class HtmlForms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private HtmlForms() {
    }

    /** Opens {@code page} (which must answer 200) and returns a form post carrying its CSRF token. */
    public static RequestSpecification form(String page) {
        Response response = given().accept("text/html").when().get(page);
        assertThat(response.statusCode()).as("GET " + page).isEqualTo(200);
        Matcher token = TOKEN.matcher(response.asString());
        assertThat(token.find()).as("the page has a CSRF field").isTrue();
        String cookie = response.getCookie("csrf-token");
        return given().accept("text/html").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", cookie == null ? "" : cookie)
                .formParam("csrf-token", token.group(1));
    }
}
