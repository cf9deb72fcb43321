package dev.mentorhub.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.testsupport.Browser;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Locale;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** A person signs in through the real Keycloak login page and lands back on MentorHub, by name. */
@QuarkusTest
class CodeFlowLoginTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    MemberRepository members;

    @Test
    void shouldLogInThroughKeycloakAndSeeOwnName() throws Exception {
        // A Keycloak account of its own that MentorHub has never seen, so its member row must come from this login.
        String username = TestData.unique("pia").toLowerCase(Locale.ROOT);
        TestKeycloak.createUser(username, "Pia", "Zhang", username + "@example.org");
        TestKeycloak.grantRealmRole(username, "program-admin");
        assertThat(members.count("username", username)).isZero();
        try (WebClient browser = Browser.open()) {
            HtmlPage landing = browser.getPage(root);
            assertThat(landing.getElementById("sign-in")).isNotNull();

            HtmlPage keycloakLogin = landing.getAnchorByHref("/login").click();
            assertThat(keycloakLogin.getUrl().getPath()).startsWith("/realms/mentorhub/");

            HtmlPage firstPage = Browser.signIn(keycloakLogin, username, username);

            assertThat(firstPage.getUrl().toString()).as("a first sign-in starts onboarding")
                    .isEqualTo(new URL(root, "/onboarding/1").toString());
            assertThat(firstPage.getElementById("signed-in-as").asNormalizedText()).contains("Pia Zhang");
            HtmlPage home = browser.getPage(root);
            assertThat(home.getElementById("welcome").asNormalizedText()).isEqualTo("Welcome back, Pia Zhang!");
            assertThat(home.asNormalizedText()).contains("member", "program-admin");
        }
        assertThat(members.find("username", username).<Member>singleResultOptional()).hasValueSatisfying(m -> {
            assertThat(m.username()).isEqualTo(username);
            assertThat(m.email()).isEqualTo(username + "@example.org");
        });
    }

    @Test
    void shouldRejectWrongPasswordOnKeycloakPage() throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage keycloakLogin = browser.getPage(new URL(root, "/login"));
            HtmlPage again = Browser.signIn(keycloakLogin, "alice", "wrong-password");
            assertThat(again.getUrl().getPath()).startsWith("/realms/mentorhub/");
            assertThat(again.asNormalizedText()).contains("Invalid username or password");
        }
    }

    @Test
    void shouldSignOutAndShowSignInAgain() throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage home = Browser.signIn(browser, root, "alice");
            assertThat(home.getElementById("signed-in-as")).isNotNull();

            // A GET (a link, an image on another site) no longer signs anyone out.
            Page get = browser.getPage(new URL(root, "/logout"));
            assertThat(get.getWebResponse().getStatusCode()).isEqualTo(405);
            HtmlPage stillIn = browser.getPage(new URL(root, "/"));
            assertThat(stillIn.getElementById("signed-in-as")).as("still signed in after GET /logout").isNotNull();

            HtmlPage afterLogout = stillIn.getHtmlElementById("sign-out").click();

            assertThat(afterLogout.getUrl().toString()).startsWith(root.toString());
            assertThat(afterLogout.getElementById("signed-in-as")).isNull();
            assertThat(afterLogout.getElementById("sign-in")).isNotNull();
            HtmlPage loginAgain = browser.getPage(new URL(root, "/login"));
            assertThat(loginAgain.getUrl().getPath()).as("the Keycloak session ended too").startsWith("/realms/mentorhub/");
        }
    }
}
