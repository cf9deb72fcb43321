package dev.mentorhub.program.attention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.member.Member;
import dev.mentorhub.program.ProgramWorld;
import dev.mentorhub.session.InactiveMentorships;
import dev.mentorhub.testsupport.MentorshipRows;
import dev.mentorhub.testsupport.Race;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Mentorships without sessions (issue 12, item 7): which are flagged (two cadence periods, four weeks without a
 * cadence, counted from the start or the latest session), the program's attention list of them, and the nudge that
 * each member gets once per quiet spell, however many instances run the job.
 */
@QuarkusTest
class QuietMentorshipsTest {

    private static final String ADMIN = "quiet-admin";
    private static final String OTHER_ADMIN = "quiet-other-admin";

    @Inject
    ProgramWorld world;

    @Inject
    InactiveMentorships inactive;

    @Inject
    EntityManager em;

    @Inject
    MentorshipRows rows;

    private static Instant daysAgo(long days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    private UUID mentorship(UUID program, String status, Integer cadenceWeeks, Instant startedAt) {
        return rows.mentorship(world.someone("Quiet Mentor").id(), world.someone("Quiet Mentee").id(), program, status,
                cadenceWeeks, startedAt);
    }

    private void session(UUID mentorship, String status, Instant start) {
        rows.session(mentorship, status, start);
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private long nudges(UUID mentorship, UUID member) {
        return count("select count(*) from notification where recipient_id = ?1 and kind = 'mentorship-inactive' "
                + "and subject_id = ?2", member, mentorship);
    }

    private UUID[] members(UUID mentorship) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select mentor_id, mentee_id from mentorship where id = ?1")
                    .setParameter(1, mentorship).getSingleResult();
            return new UUID[] {(UUID) row[0], (UUID) row[1]};
        });
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldListOnlyThisProgramsQuietMentorshipsQuietestFirst() {
        Member admin = world.member(ADMIN, "Quiet Admin", "quiet-admin@example.org");
        UUID program = world.openProgram(admin).id();
        UUID otherProgram = world.openProgram(world.member(OTHER_ADMIN, "Other", "quiet-other@example.org")).id();

        UUID neverMet = mentorship(program, "ACTIVE", null, daysAgo(60));
        UUID weeklyLastMet20DaysAgo = mentorship(program, "ACTIVE", 1, daysAgo(60));
        session(weeklyLastMet20DaysAgo, "HELD", daysAgo(20));
        // Four-weekly: 20 days is well inside its eight weeks.
        UUID monthly = mentorship(program, "ACTIVE", 4, daysAgo(60));
        session(monthly, "HELD", daysAgo(20));
        // A confirmed session ahead is activity, however long ago the last one was.
        UUID booked = mentorship(program, "ACTIVE", null, daysAgo(60));
        session(booked, "CONFIRMED", Instant.now().plus(Duration.ofDays(3)));
        // Cancelled and missed sessions are no activity.
        UUID onlyCancelled = mentorship(program, "ACTIVE", 2, daysAgo(50));
        session(onlyCancelled, "CANCELLED", daysAgo(5));
        session(onlyCancelled, "MISSED", daysAgo(4));
        UUID young = mentorship(program, "ACTIVE", null, daysAgo(10));
        UUID ended = mentorship(program, "ENDED", null, daysAgo(60));
        UUID elsewhere = mentorship(otherProgram, "ACTIVE", null, daysAgo(60));
        UUID noProgram = mentorship(null, "ACTIVE", null, daysAgo(60));

        var page = given().get("/api/v1/programs/" + program + "/attention/inactive-mentorships").then()
                .statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertThat(page.getList("items.mentorshipId")).containsExactly(neverMet.toString(),
                onlyCancelled.toString(), weeklyLastMet20DaysAgo.toString());
        assertThat(page.getList("items.daysQuiet", Integer.class)).containsExactly(60, 50, 20);
        assertThat(page.getString("items[0].lastSessionAt")).isNull();
        assertThat(page.getString("items[1].lastSessionAt")).isNull();
        assertThat(page.getList("items.mentorshipId")).doesNotContain(monthly.toString(), booked.toString(),
                young.toString(), ended.toString(), elsewhere.toString(), noProgram.toString());

        given().get("/admin/programs/" + program + "/attention?tab=mentorships").then().statusCode(200)
                .body(containsString("id=\"mentorship-" + neverMet + "\""))
                .body(containsString("id=\"mentorship-" + weeklyLastMet20DaysAgo + "\""))
                .body(not(containsString("mentorship-" + monthly)))
                .body(containsString("Quiet mentorships (3)"));
        given().cookie("lang", "zh").get("/admin/programs/" + program + "/attention?tab=mentorships").then()
                .statusCode(200).body(containsString("沉寂的导师关系（3）"));
        // Another organization's program is not mine: 404, as if it did not exist.
        given().get("/api/v1/programs/" + otherProgram + "/attention/inactive-mentorships").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "quiet-member", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "quiet-member"))
    void shouldHideTheListFromMembers() {
        Member admin = world.someone("Quiet Owner");
        UUID program = world.openProgram(admin).id();
        world.join(admin, program, world.member("quiet-member", "Quiet Member", "quiet-member@example.org"),
                "mentee");
        given().get("/api/v1/programs/" + program + "/attention/inactive-mentorships").then().statusCode(404)
                .body("detail", not(nullValue()));
    }

    @Test
    void shouldNudgeBothMembersOncePerQuietSpellWhateverTheNumberOfInstances() throws Exception {
        UUID quiet = mentorship(null, "ACTIVE", null, daysAgo(40));
        UUID[] pair = members(quiet);
        Instant now = Instant.now();

        Race.run(2, i -> () -> inactive.nudgeDue(now));
        for (UUID member : pair) {
            assertThat(nudges(quiet, member)).as("nudges of " + member).isEqualTo(1);
        }
        assertThat(count("select count(*) from outbox_message where message_key like ?1",
                "mentorship-nudge:" + quiet + ":%")).isEqualTo(2);
        // The next runs (every ten minutes, or the next day) leave them alone.
        inactive.nudgeDue(now.plus(Duration.ofDays(1)));
        assertThat(nudges(quiet, pair[0])).isEqualTo(1);

        // They met 30 days ago, then went quiet again: a new spell, one more nudge.
        session(quiet, "HELD", daysAgo(30));
        inactive.nudgeDue(Instant.now());
        inactive.nudgeDue(Instant.now());
        for (UUID member : pair) {
            assertThat(nudges(quiet, member)).isEqualTo(2);
        }
        assertThat(count("select count(*) from mentorship_nudge where mentorship_id = ?1", quiet)).isEqualTo(2);

        // A session booked ahead: no longer quiet, no nudge.
        session(quiet, "PROPOSED", Instant.now().plus(Duration.ofDays(2)));
        inactive.nudgeDue(Instant.now().plus(Duration.ofDays(20)));
        assertThat(nudges(quiet, pair[1])).isEqualTo(2);
    }
}
