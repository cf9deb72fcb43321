package dev.mentorhub.block;

import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.SendRequest;
import dev.mentorhub.profile.AccountDeletion;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Block / Unblock forms on profile pages, the list on /profile, the directory, and account deletion. */
@QuarkusTest
class BlockPagesTest {

    @Inject
    TestData data;

    @Inject
    BlockPopulation population;

    @Inject
    MemberService members;

    @Inject
    BlockService blocks;

    @Inject
    AccountDeletion accountDeletion;

    @Inject
    MatchRequestService requests;

    private Member signedIn(String subject, String name, Skill skill) {
        Member m = members.signedIn(new SignedInIdentity(subject, subject, name, null, Set.of("member")));
        return population.save(m, skill, name, List.of("mentor", "mentee"), "everyone");
    }

    @Test
    @TestSecurity(user = "flo", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "block-pages-flo"))
    void shouldBlockFromTheProfilePageAndUnblockFromMyProfile() {
        Skill skill = data.skill(TestData.unique("bl-page"), null);
        signedIn("block-pages-flo", "Flo", skill);
        Member gus = population.both(data, skill, "Gus " + TestData.unique("g"));

        given().accept("text/html").get("/profiles/" + gus.id()).then().statusCode(200)
                .body(containsString("action=\"/profiles/" + gus.id() + "/block\""))
                .body(containsString("name=\"csrf-token\""));
        form("/profiles/" + gus.id()).post("/profiles/" + gus.id() + "/block")
                .then().statusCode(303).header("Location", containsString("/profiles/" + gus.id()));
        given().accept("text/html").get("/profiles/" + gus.id()).then().statusCode(200)
                .body(containsString("id=\"blocked-notice\"")).body(containsString("/unblock\""));
        given().accept("text/html").get("/profile").then().statusCode(200)
                .body(containsString("href=\"/profiles/" + gus.id() + "\""));

        form("/profile").formParam("back", "profile").post("/profiles/" + gus.id() + "/unblock")
                .then().statusCode(303).header("Location", containsString("/profile#blocked"));
        given().accept("text/html").get("/profile").then().statusCode(200)
                .body(not(containsString("href=\"/profiles/" + gus.id() + "\"")));
    }

    @Test
    @TestSecurity(user = "flo", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "block-pages-own"))
    void shouldOfferNoBlockButtonOnMyOwnProfileAndRefuseABlockWithoutCsrfToken() {
        Skill skill = data.skill(TestData.unique("bl-own"), null);
        Member me = signedIn("block-pages-own", "Own", skill);
        Member other = population.both(data, skill, "Other");

        given().accept("text/html").get("/profiles/" + me.id()).then().statusCode(200)
                .body(not(containsString("/block\"")));
        given().accept("text/html").redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/profiles/" + other.id() + "/block").then().statusCode(400);
        assertThat(blocks.blocks(me.id(), other.id())).isFalse();
    }

    @Test
    @TestSecurity(user = "hal", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "block-directory-hal"))
    void shouldLeaveBlockedMembersOutOfTheDirectoryInBothDirections() {
        Skill skill = data.skill(TestData.unique("bl-dir"), null);
        Member hal = signedIn("block-directory-hal", "Hal", skill);
        Member ivy = population.both(data, skill, "Ivy");
        Member jon = population.both(data, skill, "Jon");
        Member kay = population.both(data, skill, "Kay");

        blocks.block(hal, ivy.id());
        blocks.block(jon, hal.id());

        String page = given().accept("text/html").queryParam("skill", skill.slug()).get("/directory")
                .then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("/profiles/" + ivy.id()).doesNotContain("/profiles/" + jon.id())
                .contains("/profiles/" + kay.id());
        List<String> ids = given().queryParam("skill", skill.slug()).get("/api/v1/profiles")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(ids).contains(kay.id().toString()).doesNotContain(ivy.id().toString(), jon.id().toString());
    }

    @Test
    @TestSecurity(user = "lia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "block-viewer-lia"))
    void shouldAnswer404ForTheProfileOfSomeoneWhoBlockedMeEverywhere() {
        Skill skill = data.skill(TestData.unique("bl-view"), null);
        Member lia = signedIn("block-viewer-lia", "Lia", skill);
        Member ned = population.both(data, skill, "Ned");
        given().accept("text/html").get("/profiles/" + ned.id()).then().statusCode(200);

        blocks.block(ned, lia.id());

        given().accept("text/html").get("/profiles/" + ned.id()).then().statusCode(404);
        given().get("/api/v1/profiles/" + ned.id()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/profiles/" + ned.id() + "/summary").then().statusCode(404);
        // The blocker still sees the blocked member's profile, with the Unblock form.
        assertThat(blocks.blocks(ned.id(), lia.id())).isTrue();
        given().accept("text/html").get("/profiles/" + lia.id()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "oli", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "block-requests-oli"))
    void shouldBlockAHiddenSenderFromTheRequestsPage() {
        Skill skill = data.skill(TestData.unique("bl-req"), null);
        Member oli = signedIn("block-requests-oli", "Oli", skill);
        Member pia = population.save(data.member("Pia"), skill, "Pia", List.of("mentee"), "hidden");
        UUID request = requests.send(pia, new SendRequest(oli.id(), null, "Teach me", List.of())).id();

        String page = given().accept("text/html").get("/requests").then().statusCode(200).extract().asString();
        assertThat(page).contains("action=\"/profiles/" + pia.id() + "/block\"");

        form("/requests").formParam("back", "requests").post("/profiles/" + pia.id() + "/block")
                .then().statusCode(303).header("Location", containsString("/requests?tab=received&done=blocked"));

        assertThat(blocks.blocks(oli.id(), pia.id())).isTrue();
        assertThat(population.requestStatus(request)).isEqualTo("DECLINED");
        given().accept("text/html").get("/requests?tab=received&done=blocked").then().statusCode(200)
                .body(containsString("id=\"done\""));
    }

    @Test
    void shouldRemoveTheBlocksOfADeletedAccount() {
        Skill skill = data.skill(TestData.unique("bl-del"), null);
        Member kim = population.both(data, skill, "Kim");
        Member lou = population.both(data, skill, "Lou");
        Member max = population.both(data, skill, "Max");
        blocks.block(kim, lou.id());
        blocks.block(max, kim.id());
        blocks.block(lou, max.id());

        accountDeletion.delete(kim);

        assertThat(population.blockRows(kim.id())).isZero();
        assertThat(blocks.blocks(lou.id(), max.id())).isTrue();
    }

}
