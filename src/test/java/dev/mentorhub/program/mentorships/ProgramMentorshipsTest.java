package dev.mentorhub.program.mentorships;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.member.Member;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.testsupport.MentorshipRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A program's mentorships for its admins: dates, counts and status, never what the pair wrote. */
@QuarkusTest
class ProgramMentorshipsTest {

    private static final String ADMIN = "program-mentorships-admin";
    private static final String MEMBER = "program-mentorships-member";
    private static final String SECRET = "Private notes about salary";

    @Inject
    ProgramWorld world;

    @Inject
    EntityManager em;

    @Inject
    MentorshipRows rows;

    private static Instant daysAgo(long days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    private UUID mentorship(UUID program, String status, Instant startedAt) {
        UUID id = rows.mentorship(world.someone("Listed Mentor").id(), world.someone("Listed Mentee").id(), program,
                status, null, startedAt);
        boolean ended = status.equals("ENDED");
        rows.update(id, "goals = '{leadership}', notes = ?2, outcome = ?3, end_reason = ?4, "
                + "planned_end = date '2027-06-01'", SECRET, ended ? "ENDED_EARLY" : null,
                ended ? "Confidential reason" : null);
        return id;
    }

    private void session(UUID mentorship, String status, Instant start) {
        rows.session(mentorship, status, start);
    }

    private void milestone(UUID mentorship, String title, boolean done) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into mentorship_milestone (id, "
                + "mentorship_id, title, created_at, done_at) values (?1, ?2, ?3, now(), ?4)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, mentorship).setParameter(3, title)
                .setParameter(4, done ? Instant.now() : null).executeUpdate());
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldListDatesCountsAndStatusButNothingThePairWrote() {
        Member admin = world.member(ADMIN, "Listing Admin", "listing-admin@example.org");
        UUID program = world.openProgram(admin).id();
        UUID otherProgram = world.openProgram(world.someone("Other Owner")).id();

        UUID older = mentorship(program, "ACTIVE", daysAgo(40));
        session(older, "HELD", daysAgo(30));
        session(older, "HELD", daysAgo(16));
        session(older, "CANCELLED", daysAgo(9));
        session(older, "CONFIRMED", Instant.now().plus(Duration.ofDays(2)));
        milestone(older, "Secret milestone title", true);
        milestone(older, "Another", false);
        UUID newer = mentorship(program, "ACTIVE", daysAgo(5));
        UUID ended = mentorship(program, "ENDED", daysAgo(90));
        UUID elsewhere = mentorship(otherProgram, "ACTIVE", daysAgo(3));
        UUID outside = mentorship(null, "ACTIVE", daysAgo(3));

        var page = given().get("/api/v1/programs/" + program + "/mentorships").then().statusCode(200)
                .body("total", equalTo(3)).extract();
        assertThat(page.jsonPath().getList("items.id")).containsExactly(newer.toString(), older.toString(),
                ended.toString());
        String json = page.asString();
        assertThat(json).doesNotContain(SECRET, "leadership", "Secret milestone title", "Confidential reason",
                elsewhere.toString(), outside.toString());
        var row = page.jsonPath();
        assertThat(row.getInt("items[1].sessionsHeld")).isEqualTo(2);
        assertThat(row.getString("items[1].nextSessionAt")).isNotNull();
        assertThat(row.getInt("items[1].milestonesDone")).isEqualTo(1);
        assertThat(row.getInt("items[1].milestonesTotal")).isEqualTo(2);
        assertThat(row.getString("items[1].plannedEnd")).isEqualTo("2027-06-01");
        assertThat(row.getString("items[2].status")).isEqualTo("ended");
        assertThat(row.getString("items[2].outcome")).isEqualTo("ended-early");

        given().get("/api/v1/programs/" + program + "/mentorships?status=ended").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(ended.toString()));
        given().get("/api/v1/programs/" + program + "/mentorships?status=paused").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().get("/api/v1/programs/" + otherProgram + "/mentorships").then().statusCode(404);

        given().accept("text/html").get("/admin/programs/" + program + "/mentorships").then().statusCode(200)
                .body(containsString("id=\"mentorship-" + older + "\"")).body(containsString("Ended early"))
                .body(containsString(">1/2<")).body(not(containsString(SECRET)))
                .body(not(containsString("Secret milestone title")));
        given().accept("text/html").cookie("lang", "zh").get("/admin/programs/" + program + "/mentorships?status=active")
                .then().statusCode(200).body(containsString("进行中")).body(not(containsString("mentorship-" + ended)));
    }

    @Test
    @TestSecurity(user = MEMBER, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEMBER))
    void shouldHideTheListFromTheProgramsMembers() {
        Member owner = world.someone("Listing Owner");
        UUID program = world.openProgram(owner).id();
        world.join(owner, program, world.member(MEMBER, "Listing Member", "listing-member@example.org"), "mentee");
        mentorship(program, "ACTIVE", daysAgo(3));
        given().get("/api/v1/programs/" + program + "/mentorships").then().statusCode(404)
                .body("type", endsWith("not-found"));
        given().accept("text/html").get("/admin/programs/" + program + "/mentorships").then().statusCode(404);
    }
}
