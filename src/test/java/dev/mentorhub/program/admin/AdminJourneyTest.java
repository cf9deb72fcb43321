package dev.mentorhub.program.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.testsupport.Browser;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A platform admin signs in through the real Keycloak and runs a program end to end in the browser: organization,
 * program, cohort opened for enrolment. Only on the test port 8081 (Keycloak's redirect URIs).
 */
@QuarkusTest
class AdminJourneyTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void platformAdminCreatesAnOrganizationAProgramAndOpensACohort() throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage home = Browser.signIn(browser, root, "ada");
            HtmlPage admin = home.getHtmlElementById("nav-admin").click();
            assertThat(admin.getUrl().getPath()).isEqualTo("/admin/programs");

            HtmlPage orgs = browser.getPage(new URL(root, "/admin/organizations"));
            String org = TestData.unique("Journey Org");
            HtmlForm create = orgs.getHtmlElementById("create-organization");
            create.getInputByName("name").setValue(org);
            orgs = create.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertThat(orgs.asNormalizedText()).contains(org);

            String orgId = orgs.getByXPath("//li[starts-with(@id,'org-')][h2='" + org + "']/@id").stream()
                    .map(a -> ((org.htmlunit.html.DomAttr) a).getValue().substring("org-".length())).findFirst()
                    .orElseThrow();
            HtmlPage form = browser.getPage(new URL(root, "/admin/programs/new?organization=" + orgId));
            HtmlForm settings = form.getHtmlElementById("program-form");
            settings.getInputByName("name").setValue("Journey program");
            HtmlPage saved = settings.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertThat((Object) saved.getElementById("saved")).isNotNull();
            assertThat(saved.getHtmlElementById("join-url").asNormalizedText()).contains("/join/");

            HtmlPage cohorts = saved.getAnchorByText("Cohorts").click();
            HtmlForm newCohort = cohorts.getHtmlElementById("create-cohort");
            newCohort.getInputByName("name").setValue("First cohort");
            cohorts = newCohort.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertThat(cohorts.asNormalizedText()).contains("First cohort", "Draft");

            HtmlForm open = cohorts.getByXPath("//details[starts-with(@id,'move-') and contains(@id,'-enrolling')]//form")
                    .stream().map(HtmlForm.class::cast).findFirst().orElseThrow();
            cohorts = open.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertThat(cohorts.asNormalizedText()).contains("Enrolling");
        }
    }
}
