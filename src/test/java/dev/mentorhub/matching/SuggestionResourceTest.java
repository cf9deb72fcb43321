package dev.mentorhub.matching;

import static dev.mentorhub.matching.SuggestionPopulation.learn;
import static dev.mentorhub.matching.SuggestionPopulation.teach;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.mentorhub.block.BlockService;
import dev.mentorhub.matching.SuggestionPopulation.Skills;
import dev.mentorhub.member.Member;
import dev.mentorhub.profile.AccountDeletion;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/matches/suggestions over a small known population. The index holds every test's profiles, so
 * assertions look only at this test's members; unique skills keep everyone else's scores out of the way.
 */
@QuarkusTest
class SuggestionResourceTest {

    @Inject
    TestData data;

    @Inject
    SuggestionPopulation population;

    @Inject
    AccountDeletion accountDeletion;

    @Inject
    BlockService blocks;

    Skills skills;

    @BeforeEach
    void skillTree() {
        skills = SuggestionPopulation.skills(data);
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-rank-mia"))
    void shouldRankTheBetterFittingMentorFirstWithABreakdownThatSumsToTheScore() {
        Member mia = population.signedIn("suggest-rank-mia", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 4), learn(skills.b(), 4)));
        Member strong = population.mentor(data, "Strong", List.of(teach(skills.a(), 5), teach(skills.b(), 5)), 2, "everyone");
        Member weak = population.mentor(data, "Weak", List.of(teach(skills.a(), 2)), 2, "everyone");

        List<Map<String, Object>> mine = ours(suggestions("mentee"), strong, weak);

        assertThat(mine).extracting(s -> s.get("candidateId")).containsExactly(id(strong), id(weak));
        for (Map<String, Object> s : mine) {
            List<Map<String, Object>> breakdown = list(s, "breakdown");
            assertThat(breakdown).hasSize(6);
            double sum = breakdown.stream().mapToDouble(f -> ((Number) f.get("points")).doubleValue()).sum();
            assertThat(sum).isCloseTo(((Number) s.get("score")).doubleValue(), within(0.01));
            assertThat(list(s, "topReasons")).hasSizeBetween(2, 3);
            assertThat(list(s, "topReasons").get(0).get("reason").toString()).isNotBlank();
        }
        assertThat(mine.get(0).get("displayName")).isEqualTo("Strong");
        assertThat(mine.get(0).get("headline")).isEqualTo("Strong headline");
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-zh-mia"))
    void shouldWriteTheReasonsInChineseWhenAcceptLanguageAsksForIt() {
        Member mia = population.signedIn("suggest-zh-mia", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 4)));
        Member mentor = population.mentor(data, "Zhang", List.of(teach(skills.a(), 5)), 2, "everyone");

        Map<String, Object> zh = given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").queryParam("limit", 50)
                .when().get("/api/v1/matches/suggestions").then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> en = given().header("Accept-Language", "en").queryParam("limit", 50)
                .when().get("/api/v1/matches/suggestions").then().statusCode(200).extract().jsonPath().getMap("");

        List<Map<String, Object>> zhLines = list(ours(zh, mentor).get(0), "breakdown");
        assertThat(zhLines.get(0).get("reason"))
                .isEqualTo("可教你 1 个学习目标中的 1 个：技能 " + skills.a().slug() + "（5/5）");
        assertThat(zhLines).extracting(f -> f.get("reason").toString())
                .allSatisfy(r -> assertThat(r).doesNotContain("you", "Teaches"));
        double sum = zhLines.stream().mapToDouble(f -> ((Number) f.get("points")).doubleValue()).sum();
        assertThat(sum).isCloseTo(((Number) ours(zh, mentor).get(0).get("score")).doubleValue(), within(0.01));
        assertThat(list(ours(en, mentor).get(0), "breakdown").get(0).get("reason"))
                .isEqualTo("Teaches 1 of your 1 learning goal: Skill " + skills.a().slug() + " (5/5)");
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-hidden-mia"))
    void shouldNeverSuggestHiddenProfilesOrMentorsAtCapacity() {
        Member mia = population.signedIn("suggest-hidden-mia", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 3)));
        Member open = population.mentor(data, "Open", List.of(teach(skills.a(), 3)), 2, "everyone");
        Member hidden = population.mentor(data, "Hidden", List.of(teach(skills.a(), 5)), 2, "hidden");
        Member programs = population.mentor(data, "Programs", List.of(teach(skills.a(), 5)), 2, "programs");
        Member paused = population.mentor(data, "Paused", List.of(teach(skills.a(), 5)), 0, "everyone");

        assertThat(ours(suggestions("mentee"), open, hidden, programs, paused))
                .extracting(s -> s.get("candidateId")).containsExactly(id(open));
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-update-mia"))
    void shouldFollowProfileChangesAndDeletionsWithoutRestart() {
        Member mia = population.signedIn("suggest-update-mia", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 3)));
        Member late = population.mentor(data, "Late", List.of(teach(skills.area(), 1)), 2, "everyone");
        Member leaving = population.mentor(data, "Leaving", List.of(teach(skills.a(), 3)), 2, "everyone");
        assertThat(ours(suggestions("mentee"), late, leaving)).extracting(s -> s.get("candidateId"))
                .containsExactly(id(leaving), id(late));

        population.save(late, "Late", "senior", List.of("mentor"), List.of(teach(skills.a(), 5)), List.of(), 2,
                "everyone");
        accountDeletion.delete(leaving);

        List<Map<String, Object>> after = ours(suggestions("mentee"), late, leaving);
        assertThat(after).extracting(s -> s.get("candidateId")).containsExactly(id(late));
        assertThat(((Number) list(after.get(0), "breakdown").get(0).get("value")).doubleValue()).isEqualTo(1.0);
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-block-mia"))
    void shouldNeverSuggestBlockedMembersInEitherDirection() {
        Member mia = population.signedIn("suggest-block-mia", "Mia");
        population.save(mia, "Mia", "mid-level", List.of("mentor", "mentee"), List.of(teach(skills.b(), 4)),
                List.of(learn(skills.a(), 3)), 3, "everyone");
        Member blockedByMia = population.mentor(data, "BlockedByMia", List.of(teach(skills.a(), 5)), 2, "everyone");
        Member blockedMia = population.mentor(data, "BlockedMia", List.of(teach(skills.a(), 5)), 2, "everyone");
        Member learner = data.member("Learner");
        population.mentee(learner, "Learner", List.of(learn(skills.b(), 3)));
        Member open = population.mentor(data, "Open", List.of(teach(skills.a(), 3)), 2, "everyone");
        assertThat(ours(suggestions("mentee"), blockedByMia, blockedMia, open)).hasSize(3);
        assertThat(ours(suggestions("mentor"), learner)).hasSize(1);

        blocks.block(mia, blockedByMia.id());
        blocks.block(blockedMia, mia.id());
        blocks.block(learner, mia.id());

        assertThat(ours(suggestions("mentee"), blockedByMia, blockedMia, open))
                .extracting(s -> s.get("candidateId")).containsExactly(id(open));
        assertThat(ours(suggestions("mentor"), learner)).isEmpty();
        assertThat(ours(suggestions("peer"), blockedByMia, blockedMia, learner)).isEmpty();

        blocks.unblock(mia, blockedByMia.id());
        assertThat(ours(suggestions("mentee"), blockedByMia, blockedMia, open)).extracting(s -> s.get("candidateId"))
                .contains(id(blockedByMia), id(open)).doesNotContain(id(blockedMia));
    }

    @Test
    @TestSecurity(user = "pat", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-peer-pat"))
    void shouldSuggestReciprocalPartnersAsPeers() {
        Member pat = population.signedIn("suggest-peer-pat", "Pat");
        population.save(pat, "Pat", "mid-level", List.of("mentor", "mentee"), List.of(teach(skills.b(), 4)),
                List.of(learn(skills.a(), 4)), 2, "everyone");
        Member partner = data.member("Partner");
        population.save(partner, "Partner", "mid-level", List.of("mentor", "mentee"), List.of(teach(skills.a(), 4)),
                List.of(learn(skills.b(), 4)), 2, "everyone");
        Member mentorOnly = population.mentor(data, "MentorOnly", List.of(teach(skills.a(), 5)), 2, "everyone");

        Map<String, Object> body = given().queryParam("as", "peer").when().get("/api/v1/matches/suggestions")
                .then().statusCode(200).body("as", equalTo("peer")).extract().jsonPath().getMap("");
        List<Map<String, Object>> mine = ours(body, partner, mentorOnly);
        assertThat(mine).extracting(s -> s.get("candidateId")).containsExactly(id(partner));
        assertThat(list(mine.get(0), "breakdown")).hasSize(6);
        assertThat(list(mine.get(0), "reverseBreakdown")).hasSize(6);
        assertThat(((Number) mine.get(0).get("score")).doubleValue()).isPositive();

        assertThat(ours(suggestions("mentee"), partner, mentorOnly)).extracting(s -> s.get("candidateId"))
                .contains(id(partner), id(mentorOnly));
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-default-mo"))
    void shouldDefaultToMenteesForAMentorAndClampTheLimit() {
        Member mo = population.signedIn("suggest-default-mo", "Mo");
        population.save(mo, "Mo", "senior", List.of("mentor"), List.of(teach(skills.a(), 5)), List.of(), 3, "everyone");
        Member learner = data.member("Learner");
        population.mentee(learner, "Learner", List.of(learn(skills.a(), 3)));

        Map<String, Object> body = given().queryParam("limit", 500).when().get("/api/v1/matches/suggestions")
                .then().statusCode(200).body("as", equalTo("mentor")).extract().jsonPath().getMap("");
        assertThat(ours(body, learner)).extracting(s -> s.get("candidateId")).containsExactly(id(learner));
        assertThat(list(body, "items")).hasSizeLessThanOrEqualTo(50);
        given().queryParam("limit", 0).when().get("/api/v1/matches/suggestions")
                .then().statusCode(200).body("items.size()", equalTo(1));

        given().queryParam("as", "mentee").when().get("/api/v1/matches/suggestions")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("mentee role"));
        given().queryParam("as", "boss").when().get("/api/v1/matches/suggestions")
                .then().statusCode(400).body("errors[0].field", equalTo("as"));
    }

    @Test
    @TestSecurity(user = "nobody", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-no-profile"))
    void shouldExplainThatAProfileIsNeeded() {
        given().when().get("/api/v1/matches/suggestions")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no profile yet"));
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        given().when().get("/api/v1/matches/suggestions").then().statusCode(401);
    }

    private static Map<String, Object> suggestions(String as) {
        return given().queryParam("as", as).queryParam("limit", 50).when().get("/api/v1/matches/suggestions")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** This test's members among the suggestions, in the order given. */
    private static List<Map<String, Object>> ours(Map<String, Object> body, Member... members) {
        Set<String> ids = Arrays.stream(members).map(SuggestionResourceTest::id).collect(Collectors.toSet());
        return list(body, "items").stream().filter(s -> ids.contains(s.get("candidateId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static String id(Member m) {
        return m.id().toString();
    }
}
