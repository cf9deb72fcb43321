package dev.mentorhub.mentorship;

import static dev.mentorhub.mentorship.RequestPopulation.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.RequestPopulation.ApiUser;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.HtmlForms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits on requests: at most mentorhub.rate-limits.requests-per-day (10) sent per sender and day, and no new
 * request to someone for mentorhub.rate-limits.request-cooldown (7 days) after one to them was withdrawn, declined
 * or expired. Over a limit: 429 with Retry-After, and the page says when to try again.
 */
@QuarkusTest
class RequestLimitsTest {

    static final int DAILY_CAP = 10;
    static final Duration COOL_DOWN = Duration.ofDays(7);

    @Inject
    RequestPopulation population;

    @Inject
    MatchRequestService service;

    @Inject
    EntityManager em;

    Skill skill;

    @BeforeEach
    void skill() {
        skill = population.skill();
    }

    private RequestDto send(Member from, Member to) {
        return service.send(from, new SendRequest(to.id(), null, "Hello", List.of()));
    }

    /** {@code count} requests sent and withdrawn again, each to a new mentor: the open-request limit never bites. */
    private void sendAndWithdraw(Member from, int count) {
        for (int i = 0; i < count; i++) {
            service.withdraw(from, send(from, population.mentor(skill, "Spent" + i, 2)).id());
        }
    }

    private static Response apiSend(ApiUser from, Member to) {
        return post(from, "/api/v1/requests", Map.of("recipientId", to.id().toString(), "message", "Hello"));
    }

    private static String sentOverApi(ApiUser from, Member to) {
        return apiSend(from, to).then().statusCode(201).extract().path("id");
    }

    /** Moves a request's decision back in time, as if it had happened {@code ago}. */
    private void decidedAgo(String requestId, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update match_request set decided_at = decided_at - cast(:ago as interval) where id = :id")
                .setParameter("ago", ago.toSeconds() + " seconds").setParameter("id", UUID.fromString(requestId))
                .executeUpdate());
    }

    @Test
    void shouldAllowExactlyTheDailyCapThenAnswer429WithRetryAfter() {
        ApiUser sender = population.apiUser(skill, "Capper", List.of("mentee"), 2);
        for (int i = 0; i < DAILY_CAP; i++) {
            String id = sentOverApi(sender, population.mentor(skill, "Daily" + i, 2));
            post(sender, "/api/v1/requests/" + id + "/withdraw", null).then().statusCode(200);
        }

        Response refused = apiSend(sender, population.mentor(skill, "OneTooMany", 2));

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", containsString("request-limit"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);
        assertThat(service.list(sender.member(), true, null, new PageRequest(0, 50)).total()).isEqualTo(DAILY_CAP);
    }

    @Test
    void shouldRefuseANewRequestToTheSamePersonDuringTheCoolDown() {
        ApiUser sender = population.apiUser(skill, "Cooler", List.of("mentee"), 2);
        Member withdrawnFrom = population.mentor(skill, "Withdrawn", 2);
        Member decliner = population.mentor(skill, "Decliner", 2);
        String first = sentOverApi(sender, withdrawnFrom);
        post(sender, "/api/v1/requests/" + first + "/withdraw", null).then().statusCode(200);
        String declined = sentOverApi(sender, decliner);
        service.decline(decliner, UUID.fromString(declined), null);

        Response again = apiSend(sender, withdrawnFrom);
        again.then().statusCode(429).contentType("application/problem+json")
                .body("type", containsString("request-cooldown"));
        assertThat(Long.parseLong(again.header("Retry-After")))
                .isBetween(COOL_DOWN.toSeconds() - 120, COOL_DOWN.toSeconds());
        apiSend(sender, decliner).then().statusCode(429);
        // Others can still be asked.
        apiSend(sender, population.mentor(skill, "Fresh", 2)).then().statusCode(201);

        decidedAgo(first, COOL_DOWN.minusMinutes(5));
        apiSend(sender, withdrawnFrom).then().statusCode(429);
        decidedAgo(first, Duration.ofMinutes(6));
        apiSend(sender, withdrawnFrom).then().statusCode(201);
    }

    @Test
    void shouldLetExactlyTheCapThroughWhenRequestsAreSentAtTheSameMoment() throws Exception {
        Member sender = population.mentee(skill, "Racer");
        sendAndWithdraw(sender, DAILY_CAP - 2);
        List<Member> mentors = List.of(population.mentor(skill, "RaceA", 2), population.mentor(skill, "RaceB", 2),
                population.mentor(skill, "RaceC", 2));
        CyclicBarrier start = new CyclicBarrier(mentors.size());
        ExecutorService pool = Executors.newFixedThreadPool(mentors.size());
        List<Integer> outcomes = new ArrayList<>();
        try {
            List<Future<Integer>> sends = new ArrayList<>();
            for (Member mentor : mentors) {
                sends.add(pool.submit(() -> {
                    start.await();
                    try {
                        send(sender, mentor);
                        return 201;
                    } catch (DomainException e) {
                        return e.status();
                    }
                }));
            }
            for (Future<Integer> s : sends) {
                outcomes.add(s.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsExactlyInAnyOrder(201, 201, 429);
        assertThat(service.list(sender, true, null, new PageRequest(0, 50)).total()).isEqualTo(DAILY_CAP);
    }

    @Test
    @TestSecurity(user = "limit-page", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "request-limit-page"))
    void shouldSayOnThePageWhenToTryAgainInEnglishAndChinese() {
        Member me = population.signedIn("request-limit-page", "Paging");
        population.save(me, skill, "Paging", List.of("mentee"), 2, "everyone");
        Member mentor = population.mentor(skill, "Later", 2);
        sendAndWithdraw(me, DAILY_CAP);

        Response en = HtmlForms.form("/profiles/" + mentor.id()).formParam("recipientId", mentor.id().toString())
                .formParam("message", "Hello").post("/requests/new");
        assertThat(en.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(en.header("Retry-After"))).isPositive();
        assertThat(en.asString()).contains("Try again in");

        Response zh = HtmlForms.form("/profiles/" + mentor.id()).cookie("lang", "zh")
                .formParam("recipientId", mentor.id().toString()).formParam("message", "你好").post("/requests/new");
        assertThat(zh.statusCode()).isEqualTo(429);
        assertThat(zh.header("Retry-After")).isNotNull();
        assertThat(zh.asString()).contains("后再试");
        assertThat(given().accept("text/html").get("/requests?tab=sent").asString()).doesNotContain("你好");
    }
}
