package dev.mentorhub.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.mentorhub.member.Member;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/v1/profiles/{id}/summary: the one-row card of a visible profile. */
@QuarkusTest
class ProfileSummaryTest {

    @Inject
    TestData data;

    @Inject
    ProfileService profiles;

    @Inject
    AccountDeletion accountDeletion;

    private Member withProfile(String visibility) {
        Skill skill = data.skill(TestData.unique("sum"), null);
        Member m = data.member("Summary");
        profiles.replace(m, ProfileRequests.with(ProfileRequests.complete(skill.slug(), skill.slug()), "visibility",
                visibility), true);
        return m;
    }

    @Test
    @TestSecurity(user = "reader", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "summary-reader"))
    void shouldAnswerTheCardOfAVisibleProfile() {
        Member m = withProfile("everyone");
        given().when().get("/api/v1/profiles/" + m.id() + "/summary").then().statusCode(200)
                .body("id", equalTo(m.id().toString())).body("displayName", equalTo("Mei Chen"))
                .body("headline", equalTo("ML engineer, search ranking"))
                .body("mentor", equalTo(true)).body("mentee", equalTo(true));
    }

    @Test
    @TestSecurity(user = "reader", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "summary-reader"))
    void shouldAnswer404ForUnknownHiddenAndDeletedProfiles() {
        given().when().get("/api/v1/profiles/" + UUID.randomUUID() + "/summary").then().statusCode(404)
                .contentType("application/problem+json");
        Member hidden = withProfile("hidden");
        given().when().get("/api/v1/profiles/" + hidden.id() + "/summary").then().statusCode(404);
        Member gone = withProfile("everyone");
        accountDeletion.delete(gone);
        given().when().get("/api/v1/profiles/" + gone.id() + "/summary").then().statusCode(404);
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        given().when().get("/api/v1/profiles/" + UUID.randomUUID() + "/summary").then().statusCode(401);
    }
}
