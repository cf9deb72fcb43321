package dev.mentorhub.matching;

import static dev.mentorhub.matching.SuggestionPopulation.learn;
import static dev.mentorhub.matching.SuggestionPopulation.teach;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.matching.SuggestionPopulation.Skills;
import dev.mentorhub.member.Member;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Suggested for you" page: cards with the score, top reasons and a details breakdown; the empty states. */
@QuarkusTest
class SuggestionPagesTest {

    @Inject
    TestData data;

    @Inject
    SuggestionPopulation population;

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-page-mia"))
    void shouldShowCardsWithEscapedNamesAndTheFullBreakdown() {
        Skills skills = SuggestionPopulation.skills(data);
        Member mia = population.signedIn("suggest-page-mia", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 3)));
        Member ada = population.mentor(data, "<b>Ada</b> & Co", List.of(teach(skills.a(), 5)), 2, "everyone");

        given().accept("text/html").when().get("/suggestions")
                .then().statusCode(200)
                .body(containsString("Suggested for you"))
                .body(containsString("href=\"/profiles/" + ada.id() + "\""))
                .body(containsString("&lt;b&gt;Ada&lt;/b&gt; &amp; Co"))
                .body(not(containsString("<b>Ada</b>")))
                .body(containsString("<meter"))
                .body(containsString("<details class=\"breakdown\">"))
                .body(containsString("Career stage"))
                .body(containsString("href=\"/suggestions\""))
                .body(containsString("Request mentorship"))
                .body(containsString("name=\"recipientId\" value=\"" + ada.id() + "\""))
                .body(containsString("name=\"kind\" value=\"mentoring\""));
        given().accept("text/html").header("Accept-Language", "zh-CN").when().get("/suggestions?as=mentee")
                .then().statusCode(200).body(containsString("为你推荐")).body(containsString("完整评分明细"))
                .body(containsString("可教你 1 个学习目标中的 1 个")).body(containsString("双方都接受视频通话"));
        given().accept("text/html").cookie("lang", "zh").when().get("/suggestions?as=mentee")
                .then().statusCode(200).body(containsString("可教你 1 个学习目标中的 1 个"));
    }

    @Test
    @TestSecurity(user = "newbie", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "suggest-page-newbie"))
    void shouldExplainWhatToAddWhenThereAreNoSuggestions() {
        given().accept("text/html").when().get("/suggestions")
                .then().statusCode(200)
                .body(containsString("id=\"suggestions-empty\""))
                .body(containsString("You have no profile yet"))
                .body(containsString("href=\"/profile/edit\""));

        Member newbie = population.signedIn("suggest-page-newbie", "Newbie");
        population.mentee(newbie, "Newbie", List.of(learn(SuggestionPopulation.skills(data).a(), 3)));
        given().accept("text/html").when().get("/suggestions?as=peer")
                .then().statusCode(200).body(containsString("Peer exchange needs both roles"));
    }
}
