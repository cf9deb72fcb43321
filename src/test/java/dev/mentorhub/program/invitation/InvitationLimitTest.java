package dev.mentorhub.program.invitation;

import static dev.mentorhub.program.ProgramFixture.organization;
import static dev.mentorhub.program.ProgramFixture.program;
import static dev.mentorhub.program.ProgramFixture.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.mentorhub.program.ProgramFixture.User;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The daily invitation cap of an organization (mentorhub.rate-limits.invitations-per-day, 500 by default): counted
 * across calls, programs and the CSV import; over it the API answers 429 with Retry-After.
 */
@QuarkusTest
class InvitationLimitTest {

    static final int CAP = 500;

    @Inject
    EntityManager em;

    private static List<String> addresses(String domain, int count) {
        return IntStream.range(0, count).mapToObj(i -> "person" + i + "@" + domain).toList();
    }

    private static String domain() {
        return TestData.unique("cap").toLowerCase() + ".example.com";
    }

    private static Response invite(User admin, UUID programId, List<String> emails) {
        return given().auth().oauth2(admin.token()).contentType(ContentType.JSON)
                .body(Map.of("emails", emails)).post("/api/v1/programs/" + programId + "/invitations");
    }

    private long invitationsOf(UUID organizationId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from program_invitation i join program p on p.id = i.program_id"
                        + " where p.organization_id = :org").setParameter("org", organizationId).getSingleResult())
                .longValue());
    }

    @Test
    void shouldAllowExactlyTheDailyCapAcrossCallsAndProgramsThenAnswer429WithRetryAfter() {
        User admin = user("Capa");
        UUID org = organization(admin);
        UUID first = program(admin, org, Map.of());
        UUID second = program(admin, org, Map.of());
        String domain = domain();
        List<String> all = addresses(domain, CAP + 1);

        invite(admin, first, all.subList(0, 300)).then().statusCode(200);
        invite(admin, second, all.subList(300, CAP)).then().statusCode(200);

        Response refused = invite(admin, second, all.subList(CAP, CAP + 1));
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", containsString("invitation-limit")).body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 86_400L);
        assertThat(invitationsOf(org)).isEqualTo(CAP);

        // Another organization has its own count.
        User other = user("Capb");
        invite(other, program(other, organization(other), Map.of()), List.of("x@" + domain)).then().statusCode(200);
    }

    @Test
    void shouldCountTheCsvImportTowardsTheCap() {
        User admin = user("Capc");
        UUID org = organization(admin);
        UUID id = program(admin, org, Map.of());
        String domain = domain();
        invite(admin, id, addresses(domain, CAP)).then().statusCode(200);

        given().auth().oauth2(admin.token()).contentType("text/csv")
                .body("email,name,role\r\nlate@" + domain + ",Late,mentee\r\n")
                .post("/api/v1/programs/" + id + "/imports?dryRun=false").then().statusCode(429)
                .header("Retry-After", notNullValue());
        assertThat(invitationsOf(org)).isEqualTo(CAP);
    }

    @Test
    void shouldLetExactlyTheCapThroughWhenAdminsInviteAtTheSameMoment() throws Exception {
        User admin = user("Capd");
        UUID org = organization(admin);
        List<UUID> programs = List.of(program(admin, org, Map.of()), program(admin, org, Map.of()));
        String domain = domain();
        int threads = 8;
        int perCall = 100;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<String> emails = addresses(domain, threads * perCall).subList(t * perCall, (t + 1) * perCall);
                UUID programId = programs.get(t % 2);
                calls.add(pool.submit(() -> {
                    start.await();
                    return invite(admin, programId, emails).statusCode();
                }));
            }
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(CAP / perCall);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(threads - CAP / perCall);
        assertThat(invitationsOf(org)).isEqualTo(CAP);
    }
}
