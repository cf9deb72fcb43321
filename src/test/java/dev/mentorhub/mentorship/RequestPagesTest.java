package dev.mentorhub.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.RequestPopulation.ApiUser;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /requests, the request form on profiles and the bell, in a real browser session signed in through Keycloak
 * (run on port 8081: the realm's redirect URIs allow only 8080 and 8081).
 */
@QuarkusTest
class RequestPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    RequestPopulation population;

    @Inject
    MatchRequestService service;

    Skill skill;

    @BeforeEach
    void skill() {
        skill = population.skill();
    }

    @Test
    void shouldAcceptFromTheRequestsPageAndExplainWhenNoPlaceIsLeft() throws Exception {
        ApiUser mentor = population.apiUser(skill, "Greta", List.of("mentor"), 1);
        Member first = population.mentee(skill, "<b>Hugo</b>");
        Member second = population.mentee(skill, "Ines");
        UUID firstRequest = service.send(first, new SendRequest(mentor.member().id(), null,
                "<script>alert('pwned')</script> Please teach me", List.of("career-growth"))).id();
        UUID secondRequest = service.send(second, new SendRequest(mentor.member().id(), null, "Me too", List.of())).id();

        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, mentor.username());
            HtmlPage requests = browser.getPage(new URL(root, "/requests"));
            assertThat(requests.getElementById("unread-count").asNormalizedText()).isEqualTo("2");
            HtmlElement row = requests.getHtmlElementById("request-" + firstRequest);
            assertThat(row.asNormalizedText()).contains("<b>Hugo</b>", "<script>alert('pwned')</script> Please teach me",
                    "Career growth", "Pending", "Expires");
            assertThat(requests.getWebResponse().getContentAsString())
                    .contains("&lt;script&gt;alert(").doesNotContain("<script>alert").doesNotContain("<b>Hugo</b>");

            HtmlPage accepted = button(row, "accept").click();
            assertThat(accepted.getUrl().toString()).endsWith("/requests?tab=received&done=accepted");
            assertThat(accepted.getElementById("done").asNormalizedText())
                    .isEqualTo("Request accepted: your mentorship has started.");
            assertThat(accepted.getHtmlElementById("request-" + firstRequest).asNormalizedText()).contains("Accepted");

            HtmlPage full = button(accepted.getHtmlElementById("request-" + secondRequest), "accept").click();
            assertThat(full.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(full.getElementById("problem").asNormalizedText()).startsWith("You have no free mentee places.");
            assertThat(full.getHtmlElementById("request-" + secondRequest).asNormalizedText()).contains("Pending");

            HtmlPage mentorships = browser.getPage(new URL(root, "/requests?tab=mentorships"));
            assertThat(mentorships.getUrl().getPath()).as("the old tab leads to its own page").isEqualTo("/mentorships");
            assertThat(mentorships.getElementById("mentorships").asNormalizedText()).contains("You mentor <b>Hugo</b>",
                    "Active");
            HtmlPage workspace = mentorships.getElementById("mentorships").getElementsByTagName("a").stream()
                    .filter(a -> a.asNormalizedText().equals("Open")).findFirst().orElseThrow().click();
            HtmlForm endForm = workspace.getHtmlElementById("end-form");
            endForm.<HtmlTextArea>getTextAreaByName("reason").setText("Changing teams");
            HtmlPage ended = button(endForm, "submit").click();
            assertThat(ended.getElementById("done").asNormalizedText()).startsWith("Mentorship ended.");
            assertThat(ended.getElementById("ended").asNormalizedText()).contains("Completed", "Changing teams");

            HtmlPage nowFree = button(browser.<HtmlPage>getPage(new URL(root, "/requests"))
                    .getHtmlElementById("request-" + secondRequest), "accept").click();
            assertThat(nowFree.getElementById("done")).as("the freed place can be given").isNotNull();
        }
    }

    @Test
    void shouldSendFromAProfileKeepingWhatWasTypedWhenTheMessageIsTooLong() throws Exception {
        ApiUser mentee = population.apiUser(skill, "Jana", List.of("mentee"), 2);
        Member mentor = population.mentor(skill, "Karl", 2);

        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, mentee.username());
            HtmlPage profile = browser.getPage(new URL(root, "/profiles/" + mentor.id()));
            HtmlForm form = requestForm(profile);
            String tooLong = "I would love to learn. " + "x".repeat(2000);
            HtmlTextArea message = form.getTextAreaByName("message");
            message.removeAttribute("maxlength"); // as a client that does not enforce it would
            message.setText(tooLong);
            checkBox(form, "interview-preparation").setChecked(true);
            HtmlPage refused = button(form, "submit").click();

            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(refused.asNormalizedText()).contains("Please correct the marked fields.", "At most 2000 characters.");
            HtmlForm again = requestForm(refused);
            assertThat(again.getTextAreaByName("message").getText()).as("what was typed is kept").isEqualTo(tooLong);
            assertThat(checkBox(again, "interview-preparation").isChecked()).isTrue();
            assertThat(checkBox(again, "leadership").isChecked()).isFalse();

            again.getTextAreaByName("message").setText("I would love to learn <em>ranking</em>.");
            HtmlPage sent = button(again, "submit").click();
            assertThat(sent.getUrl().toString()).endsWith("/requests?tab=sent&done=sent");
            assertThat(sent.getElementById("done").asNormalizedText()).startsWith("Request sent.");
            assertThat(sent.getElementById("requests").asNormalizedText())
                    .contains("To Karl", "I would love to learn <em>ranking</em>.", "Interview preparation");

            HtmlPage after = browser.getPage(new URL(root, "/profiles/" + mentor.id()));
            assertThat(after.getElementById("request-mentorship").asNormalizedText()).contains("Request pending");
            assertThat(after.getElementById("request-mentorship").getElementsByTagName("form")).isEmpty();

            HtmlPage withdrawn = button(sent.getElementById("requests"), "withdraw").click();
            assertThat(withdrawn.getElementById("done").asNormalizedText()).isEqualTo("Request withdrawn.");
        }
        assertThat(population.outbox("request-withdrawn:" + service.list(mentor, false, null, new PageRequest(0, 1))
                .items().get(0).id()))
                .isEqualTo(1);
    }

    @Test
    void shouldOpenANotificationFromTheBellAndMarkAllRead() throws Exception {
        ApiUser mentor = population.apiUser(skill, "Lena", List.of("mentor"), 2);
        Member mentee = population.mentee(skill, "Moritz");
        Member other = population.mentee(skill, "Nils");
        service.send(mentee, new SendRequest(mentor.member().id(), null, "Hello", List.of()));
        service.send(other, new SendRequest(mentor.member().id(), null, "Hi", List.of()));

        try (WebClient browser = Browser.open()) {
            HtmlPage home = Browser.signIn(browser, root, mentor.username());
            assertThat(home.getElementById("unread-count").asNormalizedText()).isEqualTo("2");
            HtmlPage list = home.getAnchorByHref("/notifications").click();
            assertThat(list.getElementById("notifications").asNormalizedText())
                    .contains("Nils sent you a mentorship request", "Moritz sent you a mentorship request");

            HtmlPage opened = ((HtmlElement) list.getFirstByXPath(
                    "//button[normalize-space(.)='Nils sent you a mentorship request']")).click();
            assertThat(opened.getUrl().toString()).endsWith("/requests?tab=received");
            assertThat(opened.getElementById("unread-count").asNormalizedText()).isEqualTo("1");

            HtmlPage notifications = browser.getPage(new URL(root, "/notifications"));
            HtmlPage marked = notifications.getHtmlElementById("mark-all-read").click();
            assertThat(marked.getElementById("done")).isNotNull();
            assertThat(marked.getElementById("unread-count")).as("no count once all are read").isNull();
        }
    }

    private static HtmlForm requestForm(HtmlPage page) {
        return (HtmlForm) page.getElementById("request-mentorship").getElementsByTagName("form").get(0);
    }

    /** The first submit button inside {@code scope}, or the one with this name. */
    private static HtmlElement button(org.htmlunit.html.DomElement scope, String name) {
        return scope.getElementsByTagName("button").stream()
                .filter(b -> name.equals(b.getAttribute("name")) || name.equals(b.getAttribute("type")))
                .findFirst().orElseThrow();
    }

    private static HtmlCheckBoxInput checkBox(HtmlForm form, String goal) {
        return (HtmlCheckBoxInput) form.getInputsByName("goals").stream().filter(i -> goal.equals(i.getValue()))
                .findFirst().orElseThrow();
    }
}
