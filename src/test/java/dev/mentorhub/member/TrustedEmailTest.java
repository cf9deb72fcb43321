package dev.mentorhub.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.program.ProgramFixture;
import dev.mentorhub.program.ProgramFixture.User;
import dev.mentorhub.testsupport.Browser;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * MentorHub trusts a member's email only when Keycloak says it verified it ({@code email_verified}), and reads it
 * again from every token. The test realm lets unverified accounts sign in (no email verification), so these are
 * MentorHub's own refusals, with real Keycloak accounts and tokens.
 */
@QuarkusTest
class TrustedEmailTest {

    @Inject
    ProgramFixture fixture;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL root;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** An account whose address at {@code domain} Keycloak never verified, signed in once through the API. */
    private static User unverified(String name, String domain) {
        String username = TestData.unique("te-" + name.toLowerCase());
        String email = username + "@" + domain;
        TestKeycloak.createUnverifiedUser(username, name, "Test", email);
        String token = TestKeycloak.accessToken(username);
        String id = as(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        return new User(username, token, UUID.fromString(id), email);
    }

    private static String domain() {
        return TestData.unique("verified").toLowerCase() + ".test";
    }

    private static String joinCode(User admin, UUID programId) {
        return as(admin.token()).get("/api/v1/programs/" + programId).then().statusCode(200).extract().path("joinCode");
    }

    /** A program for people with an address at {@code domain}, in a new organization run by {@code admin}. */
    private static UUID emailDomainProgram(User admin, String domain) {
        return ProgramFixture.program(admin, ProgramFixture.organization(admin), Map.of("eligibility", "email-domain",
                "eligibilityValue", domain));
    }

    @Test
    void shouldNotAdmitAnUnverifiedAddressToAnEmailDomainProgram() {
        String domain = domain();
        User admin = ProgramFixture.user("Ines");
        UUID program = emailDomainProgram(admin, domain);
        User squatter = unverified("Sam", domain);

        as(squatter.token()).body(Map.of("code", joinCode(admin, program), "role", "mentee"))
                .post("/api/v1/programs/join").then().statusCode(403).body("type", containsString("not-eligible"));
        as(squatter.token()).get("/api/v1/me").then().statusCode(200).body("email", nullValue());

        User colleague = ProgramFixture.userWithEmail("Vera", TestData.unique("vera").toLowerCase() + "@" + domain);
        ProgramFixture.joinByLink(admin, program, colleague, "mentee");
    }

    @Test
    void shouldNotLetAnUnverifiedAddressAcceptOrSeeItsInvitation() throws Exception {
        User admin = ProgramFixture.user("Ivo");
        UUID program = ProgramFixture.program(admin, ProgramFixture.organization(admin), Map.of());
        User squatter = unverified("Sue", domain());
        as(admin.token()).body(Map.of("emails", List.of(squatter.email()), "role", "mentee"))
                .post("/api/v1/programs/" + program + "/invitations").then().statusCode(200);
        String token = fixture.invitationToken(program, squatter.email());

        as(squatter.token()).post("/api/v1/invitations/" + token + "/accept").then().statusCode(404);
        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, squatter.username());
            HtmlPage programs = browser.getPage(new URL(root, "/programs"));
            assertThat(programs.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(programs.getElementById("invitations")).as("no pending invitation for an unverified address")
                    .isNull();
            assertThat(programs.asXml()).doesNotContain(token);
        }
    }

    @Test
    void shouldNotAppointAnUnverifiedAddressAsOrganizationAdmin() {
        User ada = ProgramFixture.platformAdmin();
        User squatter = unverified("Sid", domain());
        String org = as(ada.token()).body(Map.of("name", TestData.unique("Org"))).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");

        as(ada.token()).body(Map.of("email", squatter.email())).post("/api/v1/organizations/" + org + "/admins")
                .then().statusCode(404);
        as(squatter.token()).get("/api/v1/organizations/" + org).then().statusCode(404);
    }

    /**
     * Rows written before MentorHub read {@code email_verified} hold an address nobody checked: it is not trusted until
     * the person's next sign-in with a verified address, although mail still goes to it.
     */
    @Test
    void shouldNotTrustAnAddressStoredBeforeVerificationWasCheckedUntilTheNextVerifiedSignIn() {
        User ada = ProgramFixture.platformAdmin();
        User earlier = ProgramFixture.user("Lea");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update member set email_verified = false where id = :id").setParameter("id", earlier.id())
                .executeUpdate());
        String org = as(ada.token()).body(Map.of("name", TestData.unique("Org"))).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");

        as(ada.token()).body(Map.of("email", earlier.email())).post("/api/v1/organizations/" + org + "/admins")
                .then().statusCode(404);

        as(TestKeycloak.accessToken(earlier.username())).get("/api/v1/me").then().statusCode(200);
        as(ada.token()).body(Map.of("email", earlier.email())).post("/api/v1/organizations/" + org + "/admins")
                .then().statusCode(200);
    }

    @Test
    void shouldReadEmailAndNameAgainOnEverySignIn() {
        String domain = domain();
        User admin = ProgramFixture.user("Iris");
        UUID program = emailDomainProgram(admin, domain);
        String username = TestData.unique("te-leaver");
        TestKeycloak.createUser(username, "Leo", "Before", username + "@" + domain);
        String first = TestKeycloak.accessToken(username);
        as(first).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(username + "@" + domain)).body("displayName", equalTo("Leo Before"));

        // Leo leaves the company: his account now has a private, verified address and a new surname.
        String privateAddress = username + "@elsewhere.test";
        TestKeycloak.updateUser(username, Map.of("email", privateAddress, "emailVerified", true,
                "lastName", "After"));
        String second = TestKeycloak.accessToken(username);
        as(second).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(privateAddress)).body("displayName", equalTo("Leo After"));
        as(second).body(Map.of("code", joinCode(admin, program), "role", "mentee"))
                .post("/api/v1/programs/join").then().statusCode(403).body("type", containsString("not-eligible"));

        // An address that is no longer verified is no longer trusted either.
        TestKeycloak.updateUser(username, Map.of("email", username + "@" + domain, "emailVerified", false));
        String third = TestKeycloak.accessToken(username);
        as(third).get("/api/v1/me").then().statusCode(200).body("email", nullValue());
        as(third).body(Map.of("code", joinCode(admin, program), "role", "mentee"))
                .post("/api/v1/programs/join").then().statusCode(403);
    }
}
