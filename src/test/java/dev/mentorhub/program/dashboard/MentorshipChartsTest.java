package dev.mentorhub.program.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.Member;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.testsupport.MentorshipRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's mentorship charts over a program's own mentorships (issue 12, item 6). The dataset, in the
 * program P: A active every 2 weeks, held 30 and 10 days ago, rated 5 and 4; B active without cadence, held 40 days
 * ago, rated 2; C active weekly, confirmed 3 days ago (not marked yet), no rating; D ended, held six times, rated 3;
 * E active, nothing. Another program's busy, well-rated mentorship must not count. So: held 0: C, E; 1: B; 2: A;
 * 6+: D. Active 4; sessions per mentorship (2 + 1 + 0 + 6 + 0) / 5 = 1.8; ratings 5, 4, 2, 3: average 3.5; met in
 * their last cadence period: A and C of four = 50 %. Factor points (tenths) of the rated A, B, D: skill 300, 100,
 * 200; stage 120, 150, 90; goals 50 each (no spread, so no correlation), against average ratings 4.5, 2, 3.
 */
@QuarkusTest
class MentorshipChartsTest {

    private static final String ADMIN = "mentorship-charts-admin";

    @Inject
    ProgramWorld world;

    @Inject
    EntityManager em;

    @Inject
    MentorshipRows rows;

    private Member admin;

    private static Instant daysAgo(long days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldCountSessionsRatingsCadenceAndCorrelateFactorsWithRatings() {
        admin = world.member(ADMIN, "Charts Admin", "charts-admin@example.org");
        UUID program = world.openProgram(admin).id();
        UUID other = world.openProgram(admin).id();

        UUID a = mentorship(program, "ACTIVE", 2, "{\"skill\": 300, \"stage\": 120, \"goals\": 50}");
        rate(session(a, "HELD", daysAgo(30)), a, 5);
        rate(session(a, "HELD", daysAgo(10)), a, 4);
        UUID b = mentorship(program, "ACTIVE", null, "{\"skill\": 100, \"stage\": 150, \"goals\": 50}");
        rate(session(b, "HELD", daysAgo(40)), b, 2);
        UUID c = mentorship(program, "ACTIVE", 1, null);
        session(c, "CONFIRMED", daysAgo(3));
        UUID d = mentorship(program, "ENDED", null, "{\"skill\": 200, \"stage\": 90, \"goals\": 50}");
        for (int i = 0; i < 6; i++) {
            UUID s = session(d, "HELD", daysAgo(60 - i * 8));
            if (i == 0) {
                rate(s, d, 3);
            }
        }
        mentorship(program, "ACTIVE", 4, "{\"skill\": 500}");
        UUID elsewhere = mentorship(other, "ACTIVE", 1, "{\"skill\": 999}");
        rate(session(elsewhere, "HELD", daysAgo(2)), elsewhere, 1);

        JsonPath json = given().get("/api/v1/programs/" + program + "/dashboard").then().statusCode(200)
                .extract().jsonPath();

        assertThat(rows(json, "sessions-held")).containsExactly("held-0=2", "held-1=1", "held-2=1", "held-3-5=0",
                "held-6+=1");
        assertThat(rows(json, "mentorship-health")).containsExactly("active-mentorships=4",
                "sessions-per-mentorship=1.8", "average-rating=3.5", "ratings=4", "met-on-cadence-percent=50.0");
        String skill = pearson(new double[] {300, 100, 200}, new double[] {4.5, 2, 3});
        String stage = pearson(new double[] {120, 150, 90}, new double[] {4.5, 2, 3});
        assertThat(rows(json, "factor-ratings")).containsExactly("skill=" + skill + ",3,20.0",
                "stage=" + stage + ",3,12.0", "goals=null,3,5.0", "availability=null,0,null",
                "format-location=null,0,null", "load=null,0,null");
        // Only the correlation is drawn; the counts are in the table.
        String page = given().accept("text/html").get("/admin/programs/" + program + "/dashboard").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("Which match factors predict good ratings", "Correlation with rating");
        assertThat(given().accept("text/html").cookie("lang", "zh").get("/admin/programs/" + program + "/dashboard")
                .then().statusCode(200).extract().asString()).contains("哪些匹配因素预示好评", "每段导师关系已进行的会面");
    }

    /** r = cov(x, y) / (sd(x) sd(y)), to two places: worked out here, not by the database. */
    private static String pearson(double[] x, double[] y) {
        double mx = (x[0] + x[1] + x[2]) / 3;
        double my = (y[0] + y[1] + y[2]) / 3;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < 3; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        // As the JSON answer reads back: a number, without trailing zeros.
        return String.valueOf(BigDecimal.valueOf(sxy / Math.sqrt(sxx * syy)).setScale(2, RoundingMode.HALF_UP)
                .floatValue());
    }

    private static List<String> rows(JsonPath json, String chart) {
        List<Map<String, Object>> rows = json.getList("charts.find { it.id == '" + chart + "' }.rows");
        return rows.stream().map(row -> row.get("key") + "=" + ((List<?>) row.get("values")).stream()
                .map(String::valueOf).collect(Collectors.joining(","))).toList();
    }

    private UUID mentorship(UUID program, String status, Integer cadenceWeeks, String factors) {
        Member mentor = world.someone("Chart Mentor");
        Member mentee = world.someone("Chart Mentee");
        world.join(admin, program, mentor, "mentor");
        world.join(admin, program, mentee, "mentee");
        UUID id = rows.mentorship(mentor.id(), mentee.id(), program, status, cadenceWeeks, daysAgo(70));
        rows.update(id, "match_factors = cast(?2 as jsonb)", factors);
        return id;
    }

    private UUID session(UUID mentorship, String status, Instant start) {
        return rows.session(mentorship, status, start);
    }

    private void rate(UUID session, UUID mentorship, int rating) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into session_feedback (session_id, "
                + "member_id, rating, created_at) select ?1, mentee_id, ?2, now() from mentorship where id = ?3")
                .setParameter(1, session).setParameter(2, rating).setParameter(3, mentorship).executeUpdate());
    }
}
