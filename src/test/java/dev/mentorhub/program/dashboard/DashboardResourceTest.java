package dev.mentorhub.program.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every number of every chart, from the known dataset in {@link DashboardWorld}, over the JSON API and as CSV; and
 * who may see them. The expected numbers, worked out by hand:
 * <ul>
 * <li>members: m1, m2, m3, m4, m5, m6, mentor1, mentor2 = 8 (the one who left does not count);</li>
 * <li>onboarded: all but m4 (not finished) and m5 (no profile) = 6;</li>
 * <li>requested since joining: m1, m2, m3, m4, m6 = 5 (m5's request predates joining);</li>
 * <li>matched since joining: m1 (1 day), m2 (10), m6 (45), mentor1 (1), mentor2 (5) = 5, rate 5/8 = 62.5 %;
 * days sorted 1, 1, 5, 10, 45: median 5, p90 = 10 + 0.6 × 35 = 31;</li>
 * <li>outcomes of members' requests since joining: accepted m1, m2, m6 = 3, declined 1, expired 1, withdrawn 1,
 * pending 1;</li>
 * <li>mentors: mentor1 2 active of 2 (full), mentor2 1 active (outsider X) of 3, m3 0 of 1; totals 3 of 6;</li>
 * <li>skills: C taught by nobody, wanted by m1, m2, m3, m4 (short); A taught by mentor1 and mentor2, wanted by m1,
 * m2, m6; B taught by mentor2 and m3, wanted by nobody here.</li>
 * </ul>
 */
@QuarkusTest
class DashboardResourceTest {

    @Inject
    DashboardWorld world;

    @BeforeEach
    void build() {
        world.build();
    }

    private String dashboard() {
        return "/api/v1/programs/" + world.program + "/dashboard";
    }

    @Test
    @TestSecurity(user = "dashboard-admin-a", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.ADMIN_SUB))
    void shouldComputeEveryNumberOfEveryChart() {
        JsonPath json = given().when().get(dashboard()).then().statusCode(200)
                .body("programId", equalTo(world.program.toString()))
                .body("members", equalTo(8))
                .extract().jsonPath();

        assertThat(json.getList("charts.id")).containsExactly("enrolment-funnel", "match-rate", "time-to-match",
                "request-outcomes", "mentor-load", "skill-supply-demand", "sessions-held", "mentorship-health",
                "factor-ratings");
        assertThat(json.getList("charts.title")).containsExactly("Enrolment funnel", "Match rate",
                "Time to first match", "Request outcomes", "Mentor load", "Skill supply and demand",
                "Sessions held per mentorship", "Mentorships meeting", "Which match factors predict good ratings");
        assertThat(rows(json, "enrolment-funnel")).containsExactly(
                "invited=6", "signed-up=8", "onboarded=6", "requested=5", "matched=5");
        assertThat(rows(json, "match-rate")).containsExactly("signed-up=8", "matched=5", "match-rate-percent=62.5",
                "median-days-to-match=5.0", "p90-days-to-match=31.0");
        assertThat(rows(json, "time-to-match")).containsExactly("0-1=2", "2-7=1", "8-14=1", "15-30=0", "31+=1");
        assertThat(rows(json, "request-outcomes")).containsExactly(
                "accepted=3", "declined=1", "expired=1", "withdrawn=1", "pending=1");
        assertThat(rows(json, "mentor-load")).containsExactly(
                world.mentor1.id() + " =SUM(A1) Mentor One=2,2!",
                world.mentor2.id() + " Mentor Two=1,3",
                world.m3.id() + " Member Three=0,1");
        assertThat(json.getList("charts.find { it.id == 'mentor-load' }.total.values")).containsExactly(3, 6);
        assertThat(rows(json, "skill-supply-demand")).containsExactly(
                world.skillC.slug() + " Skill " + world.skillC.slug() + "=0,4!",
                world.skillA.slug() + " Skill " + world.skillA.slug() + "=2,3",
                world.skillB.slug() + " Skill " + world.skillB.slug() + "=2,0");
        assertThat(json.getList("charts.omitted")).containsOnly(0);
    }

    @Test
    @TestSecurity(user = "dashboard-admin-a", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.ADMIN_SUB))
    void shouldKeepTheOtherProgramsNumbersApart() {
        JsonPath json = given().when().get("/api/v1/programs/" + world.otherProgram + "/dashboard")
                .then().statusCode(200).body("members", equalTo(3)).extract().jsonPath();
        assertThat(rows(json, "enrolment-funnel")).containsExactly(
                "invited=3", "signed-up=3", "onboarded=3", "requested=1", "matched=2");
        assertThat(rows(json, "request-outcomes")).containsExactly(
                "accepted=1", "declined=1", "expired=0", "withdrawn=0", "pending=0");
        assertThat(rows(json, "skill-supply-demand")).containsExactly(
                world.skillC.slug() + " Skill " + world.skillC.slug() + "=1,2",
                world.skillA.slug() + " Skill " + world.skillA.slug() + "=0,1!");
    }

    @Test
    @TestSecurity(user = "dashboard-admin-a", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.ADMIN_SUB))
    void shouldExportEveryChartAsCsvWithAHeaderRow() {
        assertThat(csv("enrolment-funnel")).isEqualTo(lines(
                "stage,members", "invited,6", "signed-up,8", "onboarded,6", "requested,5", "matched,5"));
        assertThat(csv("match-rate")).isEqualTo(lines("figure,value", "signed-up,8", "matched,5",
                "match-rate-percent,62.5", "median-days-to-match,5.0", "p90-days-to-match,31.0"));
        assertThat(csv("time-to-match")).isEqualTo(lines(
                "days,members", "0-1,2", "2-7,1", "8-14,1", "15-30,0", "31+,1"));
        assertThat(csv("request-outcomes")).isEqualTo(lines("outcome,requests",
                "accepted,3", "declined,1", "expired,1", "withdrawn,1", "pending,1"));
        assertThat(csv("mentor-load")).isEqualTo(lines("mentor_id,mentor,active_mentees,capacity,full",
                world.mentor1.id() + ",'=SUM(A1) Mentor One,2,2,true",
                world.mentor2.id() + ",Mentor Two,1,3,false",
                world.m3.id() + ",Member Three,0,1,false",
                "total,,3,6,"));
        String c = world.skillC.slug();
        String a = world.skillA.slug();
        String b = world.skillB.slug();
        assertThat(csv("skill-supply-demand")).isEqualTo(lines(
                "skill,name,mentors_teaching,mentees_learning,short_of_mentors",
                c + ",Skill " + c + ",0,4,true", a + ",Skill " + a + ",2,3,false", b + ",Skill " + b + ",2,0,false"));

        given().when().get(dashboard() + "/enrolment-funnel.csv").then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", equalTo("attachment; filename=\"enrolment-funnel.csv\""));
        given().when().get(dashboard() + "/no-such-chart.csv").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "dashboard-admin-b", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.OTHER_ADMIN_SUB))
    void shouldAnswer404ToAnAdminOfAnotherOrganization() {
        given().when().get(dashboard()).then().statusCode(404).body("type", endsWith("not-found"));
        given().when().get(dashboard() + "/enrolment-funnel.csv").then().statusCode(404);
        given().when().get("/api/v1/programs/" + world.otherOrganizationProgram + "/dashboard")
                .then().statusCode(200).body("members", equalTo(0));
    }

    @Test
    @TestSecurity(user = "dashboard-member", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = DashboardWorld.MEMBER_SUB))
    void shouldAnswer404ToAPlainMemberOfTheProgram() {
        given().when().get(dashboard()).then().statusCode(404);
        given().when().get(dashboard() + "/mentor-load.csv").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = "dashboard-platform-admin"))
    void shouldShowAnyProgramToPlatformAdminsInTheirLanguage() {
        JsonPath json = given().header("Accept-Language", "zh-CN").when().get(dashboard())
                .then().statusCode(200).body("members", equalTo(8)).extract().jsonPath();
        assertThat(json.getString("charts[0].title")).isEqualTo("报名漏斗");
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        given().when().get(dashboard()).then().statusCode(401);
        given().when().get(dashboard() + "/enrolment-funnel.csv").then().statusCode(401);
    }

    /** A chart's rows as "key[ label]=v1,v2[!]", the "!" marking highlighted rows. */
    private static List<String> rows(JsonPath json, String chart) {
        List<Map<String, Object>> rows = json.getList("charts.find { it.id == '" + chart + "' }.rows");
        return rows.stream().map(row -> row.get("key") + (row.get("label") == null ? "" : " " + row.get("label"))
                + "=" + ((List<?>) row.get("values")).stream().map(String::valueOf).collect(Collectors.joining(","))
                + (Boolean.TRUE.equals(row.get("highlighted")) ? "!" : "")).toList();
    }

    private String csv(String chart) {
        return given().when().get(dashboard() + "/" + chart + ".csv").then().statusCode(200).extract().asString();
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
