package dev.mentorhub.program.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard page: chart containers with their data, tables, CSV links, both languages, the empty state. */
@QuarkusTest
class DashboardPagesTest {

    private static final String[] CHARTS = {"enrolment-funnel", "time-to-match", "request-outcomes", "mentor-load",
        "skill-supply-demand"};

    @Inject
    DashboardWorld world;

    @BeforeEach
    void build() {
        world.build();
    }

    private String page() {
        return "/admin/programs/" + world.program + "/dashboard";
    }

    @Test
    @TestSecurity(user = "dashboard-admin-a", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.ADMIN_SUB))
    void shouldDrawEveryChartWithItsNumbersAndCsvLink() {
        var response = given().accept("text/html").when().get(page()).then().statusCode(200)
                .body(containsString("<h1>Dashboard: Program-"))
                .body(containsString("src=\"/webjars/echarts/dist/echarts.min.js\""))
                .body(containsString("src=\"/js/dashboard.js\""))
                .body(containsString("href=\"" + page() + "/match-rate.csv\""))
                .body(containsString("<dt>Match rate (%)</dt><dd>62.5</dd>"))
                .body(containsString("<th scope=\"row\">Signed up</th><td>8</td>"))
                .body(containsString("<tr class=\"highlighted\"><th scope=\"row\">=SUM(A1) Mentor One</th><td>2</td>"
                        + "<td>2</td><td>yes</td></tr>"))
                .body(containsString("<th scope=\"row\">Total</th><td>3</td><td>6</td>"))
                .body(not(containsString("id=\"dashboard-empty\"")));
        for (String chart : CHARTS) {
            response.body(containsString("id=\"chart-" + chart + "\""))
                    .body(containsString("id=\"numbers-" + chart + "\""))
                    .body(containsString("href=\"" + page() + "/" + chart + ".csv\""));
        }
        // The drawing's data, escaped into the attribute.
        response.body(containsString("data-chart=\"{&quot;kind&quot;:&quot;funnel&quot;"))
                .body(containsString("&quot;categories&quot;:[&quot;Invited&quot;,&quot;Signed up&quot;"));

        given().accept("text/html").header("Accept-Language", "zh-CN").when().get(page()).then().statusCode(200)
                .body(containsString("报名漏斗")).body(containsString("下载 CSV")).body(containsString("已加入"));
    }

    @Test
    @TestSecurity(user = "dashboard-admin-a", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.ADMIN_SUB))
    void shouldDownloadCsvFromThePage() {
        given().when().get(page() + "/request-outcomes.csv").then().statusCode(200)
                .contentType("text/csv")
                .body(equalTo("outcome,requests\r\naccepted,3\r\ndeclined,1\r\nexpired,1\r\n"
                        + "withdrawn,1\r\npending,1\r\n"));
    }

    @Test
    @TestSecurity(user = "dashboard-admin-a", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.ADMIN_SUB))
    void shouldExplainAnEmptyProgram() {
        given().accept("text/html").when().get("/admin/programs/" + world.emptyProgram + "/dashboard")
                .then().statusCode(200)
                .body(containsString("id=\"dashboard-empty\""))
                .body(containsString("invitations sent so far: 1."))
                .body(not(containsString("data-chart=")));
    }

    @Test
    @TestSecurity(user = "dashboard-admin-b", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.OTHER_ADMIN_SUB))
    void shouldAnswer404ToAnAdminOfAnotherOrganization() {
        given().accept("text/html").when().get(page()).then().statusCode(404)
                .body(not(containsString("Mentor One")));
        given().when().get(page() + "/mentor-load.csv").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "dashboard-member", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.MEMBER_SUB))
    void shouldAnswer404ToAPlainMember() {
        given().accept("text/html").when().get(page()).then().statusCode(404);
        given().when().get(page() + "/mentor-load.csv").then().statusCode(404);
    }

    @Test
    void shouldServeTheChartLibrariesAndScriptFromTheApp() {
        given().when().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200);
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        given().when().get("/js/dashboard.js").then().statusCode(200).body(containsString("data-chart"));
        given().when().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }
}
