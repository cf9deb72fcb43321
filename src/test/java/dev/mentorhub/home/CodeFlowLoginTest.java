package dev.mentorhub.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.event.EventRequest;
import dev.mentorhub.event.EventService;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.program.ProgramFixture;
import dev.mentorhub.testsupport.Browser;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** A person signs in through the real Keycloak login page and lands back on MentorHub, by name. */
@QuarkusTest
class CodeFlowLoginTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    MemberRepository members;

    @Inject
    TestData data;

    @Inject
    EventService events;

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
    void shouldListTheNextEventsTheMemberMaySeeOnTheHomePage() throws Exception {
        // Sooner than any other test's events (a day ahead or more), so they are among the next three.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDateTime soon = LocalDateTime.now(berlin).plusMinutes(40).withSecond(0).withNano(0);
        Member organizer = data.member("HomeOrganizer");
        UUID open = events.create(new Caller(organizer.id(), null, false, Set.of(), true), event("Home page meetup",
                soon, null)).id();
        // Another program's event, sooner still: its members see it, nobody else.
        ProgramFixture.User admin = ProgramFixture.user("HomeAdmin");
        UUID program = ProgramFixture.program(admin, ProgramFixture.organization(admin), Map.of());
        UUID closed = events.create(new Caller(admin.id(), admin.email(), false, Set.of()),
                event("Other program lunch", soon.minusMinutes(10), program)).id();

        String username = TestData.unique("hea").toLowerCase(Locale.ROOT);
        TestKeycloak.createUser(username, "Hea", "Lim", username + "@example.org");
        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, username);
            HtmlPage home = browser.getPage(root);
            DomElement panel = home.getElementById("upcoming-events");
            assertThat(panel).as("the upcoming events panel").isNotNull();
            assertThat(panel.asNormalizedText()).startsWith("Upcoming events").contains("Home page meetup", "UTC")
                    .doesNotContain("Other program lunch").doesNotContain("Going");
            assertThat(home.getAnchorByHref("/events/" + open).asNormalizedText()).isEqualTo("Home page meetup");
            assertThat(home.getElementById("home-event-" + closed)).isNull();
            assertThat(home.getElementById("all-events").getAttribute("href")).isEqualTo("/events");
            assertThat(home.getElementById("home-events-empty")).isNull();

            Member me = members.find("username", username).<Member>singleResultOptional().orElseThrow();
            events.respond(new Caller(me.id(), me.trustedEmail(), false, Set.of()), open, true);
            HtmlPage again = browser.getPage(root);
            assertThat(again.getElementById("home-event-" + open).asNormalizedText()).contains("Home page meetup")
                    .endsWith("Going");
            HtmlPage chinese = browser.getPage(new URL(root, "/language/zh-CN?back=/"));
            assertThat(chinese.getElementById("upcoming-events").asNormalizedText()).startsWith("即将举行的活动")
                    .contains("全部活动");
            assertThat(chinese.getElementById("home-event-" + open).asNormalizedText()).endsWith("参加");
        }
    }

    /** An event starting at {@code start} in Berlin, for all members or {@code programId}'s, published. */
    private static EventRequest event(String title, LocalDateTime start, UUID programId) {
        return new EventRequest(title, "An hour together.", "meetup", "online", null, null,
                "https://meet.example.org/home", null, start, start.plusHours(1), "Europe/Berlin", null, null, null,
                List.of(), List.of(), programId, true);
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
