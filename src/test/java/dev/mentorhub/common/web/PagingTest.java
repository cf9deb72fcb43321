package dev.mentorhub.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.Member;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.ProgramWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every paged list, API and page, with page and size numbers a hostile client sends: a huge page is an empty page
 * (200), a negative page the first, a size out of 1..50 clamped, and a page or size that is not a whole number a 400
 * naming the parameter. Never a 500.
 */
@QuarkusTest
class PagingTest {

    private static final String PAT = "paging-pat";

    @Inject
    ProgramWorld world;

    /** Every paged API list; {program} is a program the caller administers. */
    private static final List<String> API_LISTS = List.of("/api/v1/notifications", "/api/v1/profiles",
            "/api/v1/requests?box=sent", "/api/v1/requests?box=received", "/api/v1/audit",
            "/api/v1/programs/{program}/invitations", "/api/v1/programs/{program}/members",
            "/api/v1/programs/{program}/audit", "/api/v1/programs/{program}/attention/requests",
            "/api/v1/programs/{program}/attention/unmatched-mentees",
            "/api/v1/programs/{program}/attention/idle-mentors");

    /** Every paged page, with each of its paging parameters. */
    private static final List<String> PAGE_LISTS = List.of("/notifications?page=", "/requests?tab=received&page=",
            "/requests?tab=sent&page=", "/mentorships?page=", "/directory?page=", "/admin/programs?page=",
            "/admin/organizations?page=",
            "/admin/audit?page=", "/admin/programs/{program}/audit?page=", "/admin/programs/{program}/members?page=",
            "/admin/programs/{program}/members?invitations=", "/admin/programs/{program}/attention?tab=requests&page=",
            "/admin/programs/{program}/attention?tab=mentees&page=",
            "/admin/programs/{program}/attention?tab=mentors&page=");

    private String program() {
        Member me = world.member(PAT, "Pat Paging", "paging-pat@example.org");
        Member admin = world.someone("PagingAdmin");
        ProgramDto program = world.openProgram(admin);
        world.join(admin, program.id(), me, "mentee");
        return program.id().toString();
    }

    private static String with(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = PAT))
    void shouldAnswerEveryApiListWithAnEmptyOrClampedPageOrA400NeverA500() {
        String program = program();
        List<String> failures = new ArrayList<>();
        for (String template : API_LISTS) {
            String path = template.replace("{program}", program);
            check(failures, path, "page=2147483647", 200, json -> json.getList("items").isEmpty());
            check(failures, path, "page=50000000&size=50", 200, json -> json.getList("items").isEmpty());
            check(failures, path, "page=-1", 200, json -> json.getInt("page") == 0);
            check(failures, path, "size=0", 200, json -> json.getInt("size") == 1);
            check(failures, path, "size=100000", 200, json -> json.getInt("size") == 50);
            check(failures, path, "size=-5", 200, json -> json.getInt("size") == 1);
            check(failures, path, "page=abc", 400, json -> "page".equals(json.getString("errors[0].field")));
            check(failures, path, "page=99999999999", 400, json -> "page".equals(json.getString("errors[0].field")));
            check(failures, path, "size=ten", 400, json -> "size".equals(json.getString("errors[0].field")));
        }
        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, String path, String query, int status,
            java.util.function.Predicate<JsonPath> body) {
        Response response = given().accept("application/json").get(with(path, query));
        if (response.statusCode() != status) {
            failures.add(path + " " + query + ": " + response.statusCode() + " " + response.asString());
        } else if (!body.test(response.jsonPath())) {
            failures.add(path + " " + query + ": unexpected body " + response.asString());
        }
    }

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = PAT))
    void shouldAnswerEveryListPageWithAnEmptyOrFirstPageOrA400NeverA500() {
        String program = program();
        List<String> failures = new ArrayList<>();
        for (String template : PAGE_LISTS) {
            String path = template.replace("{program}", program);
            for (String value : List.of("2147483647", "50000000", "-1", "0")) {
                int status = given().accept("text/html").get(path + value).statusCode();
                if (status != 200) {
                    failures.add(path + value + ": " + status);
                }
            }
            for (String value : List.of("abc", "99999999999")) {
                int status = given().accept("text/html").get(path + value).statusCode();
                if (status != 400) {
                    failures.add(path + value + ": " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
