package dev.mentorhub.profile;

import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.mentorhub.testsupport.Browser;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/** The profile pages in a real browser session: onboarding, editing with errors, directory, privacy. */
@QuarkusTest
class ProfilePagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestData data;

    @Test
    void shouldOnboardANewPersonAsMentorAndMenteeInFourSteps() throws Exception {
        String teach = data.skill(TestData.unique("pytorch"), null).slug();
        String learn = data.skill(TestData.unique("leadership"), null).slug();
        String user = TestKeycloak.createUser(TestData.unique("newbie"), "Nia", "Ng");
        try (WebClient browser = Browser.open()) {
            HtmlPage step1 = Browser.signIn(browser, root, user);
            assertThat(step1.getUrl().getPath()).isEqualTo("/onboarding/1");

            HtmlForm form = step1.getForms().get(0);
            checkBox(form, "roles", "mentor").setChecked(true);
            checkBox(form, "roles", "mentee").setChecked(true);
            form.<HtmlSelect>getSelectByName("careerStage").setSelectedAttribute("mid-level", true);
            form.getInputByName("headline").setValue("Data scientist moving into ML engineering");
            HtmlPage step2 = submit(form);
            assertThat(step2.getUrl().getPath()).isEqualTo("/onboarding/2");

            form = step2.getForms().get(0);
            form.getSelectsByName("teachSkill").get(0).setSelectedAttribute(teach, true);
            form.getSelectsByName("teachLevel").get(0).setSelectedAttribute("4", true);
            form.getSelectsByName("learnSkill").get(0).setSelectedAttribute(learn, true);
            form.getSelectsByName("learnLevel").get(0).setSelectedAttribute("3", true);
            HtmlPage step3 = submit(form);
            assertThat(step3.getUrl().getPath()).isEqualTo("/onboarding/3");

            form = step3.getForms().get(0);
            checkBox(form, "goals", "leadership").setChecked(true);
            form.getInputByName("languages").setValue("en, zh");
            checkBox(form, "formats", "video").setChecked(true);
            HtmlPage step4 = submit(form);
            assertThat(step4.getUrl().getPath()).isEqualTo("/onboarding/4");

            form = step4.getForms().get(0);
            form.<HtmlSelect>getSelectByName("timeZone").setSelectedAttribute("Europe/Berlin", true);
            form.getSelectsByName("day").get(0).setSelectedAttribute("wednesday", true);
            form.getInputsByName("start").get(0).setValue("18:00");
            form.getInputsByName("end").get(0).setValue("20:30");
            HtmlPage profile = submit(form);

            assertThat(profile.getUrl().getPath()).as(profile.asNormalizedText()).isEqualTo("/profile");
            assertThat(profile.getElementById("saved")).isNotNull();
            assertThat(profile.getElementById("completeness").asNormalizedText()).contains("%", "a few words about you");
            assertThat(profile.getElementById("profile-name").asNormalizedText()).isEqualTo("Nia Ng");
        }
        given().auth().oauth2(accessToken(TestKeycloak.CLI_CLIENT, user, user)).get("/api/v1/profiles/me")
                .then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("mentor", "mentee"))
                .body("careerStage", equalTo("mid-level"))
                .body("teachSkills[0].skill", equalTo(teach))
                .body("learnSkills[0].level", equalTo(3))
                .body("languages", org.hamcrest.Matchers.contains("en", "zh"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("availability[0].end", equalTo("20:30"))
                .body("onboardingCompleted", equalTo(true));
    }

    @Test
    void shouldLetPeopleSkipOnboardingAndComeBack() throws Exception {
        String user = TestKeycloak.createUser(TestData.unique("skipper"), "Sky", "Pper");
        try (WebClient browser = Browser.open()) {
            HtmlPage step1 = Browser.signIn(browser, root, user);
            HtmlPage home = step1.getAnchorByHref("/onboarding/skip").click();
            assertThat(home.getUrl().getPath()).isEqualTo("/");
            assertThat(home.getElementById("completeness").asNormalizedText()).contains("Finish your profile");

            HtmlPage again = browser.getPage(new URL(root, "/login"));
            assertThat(again.getUrl().getPath()).as("skipping is remembered").isEqualTo("/");
            assertThat(again.getAnchorByHref("/onboarding/1")).isNotNull();
        }
    }

    @Test
    void shouldShowErrorsNextToFieldsAndKeepStoredProfile() throws Exception {
        String user = TestKeycloak.createUser(TestData.unique("editor"), "Eddie", "Tor");
        String skill = data.skill(TestData.unique("sql"), null).slug();
        storeProfile(user, skill);
        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, user);
            HtmlPage edit = browser.getPage(new URL(root, "/profile/edit"));
            HtmlForm form = edit.getForms().get(0);
            form.getInputByName("headline").setValue("A new headline");
            form.getInputsByName("start").get(0).setValue("22:00");
            form.getInputsByName("end").get(0).setValue("21:00");
            form.getInputByName("website").setValue("javascript:alert(1)");
            HtmlPage result = submit(form);

            assertThat(result.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(result.getElementById("form-errors")).isNotNull();
            assertThat(result.asNormalizedText()).contains("must end after it starts", "must be an http(s) address");
            assertThat(result.getForms().get(0).getInputByName("headline").getValue())
                    .as("what was typed is kept").isEqualTo("A new headline");
        }
        given().auth().oauth2(accessToken(TestKeycloak.CLI_CLIENT, user, user)).get("/api/v1/profiles/me")
                .then().body("headline", equalTo("ML engineer, search ranking"));
    }

    @Test
    void shouldFindPeopleInDirectoryAndEscapeWhatTheyWrote() throws Exception {
        String skill = data.skill(TestData.unique("kaggle"), null).slug();
        String author = TestKeycloak.createUser(TestData.unique("author"), "Xavier", "Ss");
        ProfileRequest request = ProfileRequests.with(ProfileRequests.complete(skill, skill), "learnSkills", List.of());
        request = ProfileRequests.with(request, "bio", "<script>alert('pwned')</script>");
        request = ProfileRequests.with(request, "displayName", "Xavier <b>Bold</b>");
        given().auth().oauth2(accessToken(TestKeycloak.CLI_CLIENT, author, author)).contentType(ContentType.JSON)
                .body(request).put("/api/v1/profiles/me").then().statusCode(200);

        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, "alice");
            HtmlPage directory = browser.getPage(new URL(root, "/directory?skill=" + skill));
            assertThat(directory.getElementById("result-count").asNormalizedText()).isEqualTo("1 people found");
            HtmlPage profile = directory.getAnchorByText("Xavier <b>Bold</b>").click();

            assertThat(profile.getElementById("profile-bio").asNormalizedText()).isEqualTo("<script>alert('pwned')</script>");
            assertThat(profile.getWebResponse().getContentAsString())
                    .contains("&lt;script&gt;").doesNotContain("<script>alert");

            HtmlPage none = browser.getPage(new URL(root, "/directory?skill=" + skill + "&stage=student"));
            assertThat(none.getElementById("directory-empty")).isNotNull();
            HtmlPage bad = browser.getPage(new URL(root, "/directory?skill=no-such-skill"));
            assertThat(bad.asNormalizedText()).contains("is not a known skill");
        }
    }

    @Test
    void shouldDeleteAccountOnlyAfterConfirmation() throws Exception {
        String user = TestKeycloak.createUser(TestData.unique("leaver"), "Lee", "Ver");
        String skill = data.skill(TestData.unique("r"), null).slug();
        storeProfile(user, skill);
        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, user);
            HtmlPage mine = browser.getPage(new URL(root, "/profile"));
            HtmlForm deleteForm = mine.getForms().get(0);
            HtmlPage refused = submit(deleteForm);
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(refused.asNormalizedText()).contains("Type DELETE to confirm.");

            deleteForm = refused.getForms().get(0);
            deleteForm.getInputByName("confirm").setValue("DELETE");
            HtmlPage after = submit(deleteForm);
            assertThat(after.getElementById("signed-in-as")).as("signed out after deletion").isNull();
        }
        given().auth().oauth2(accessToken(TestKeycloak.CLI_CLIENT, user, user)).get("/api/v1/profiles/me/export")
                .then().statusCode(200).body("profile", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldSendVisitorsToSignInAndAnswer404ForInvisibleProfiles() throws Exception {
        given().redirects().follow(false).get("/profile").then().statusCode(302)
                .header("Location", containsString("/realms/mentorhub/"));
        given().redirects().follow(false).get("/directory").then().statusCode(302);
        try (WebClient browser = Browser.open()) {
            Browser.signIn(browser, root, "alice");
            HtmlPage missing = browser.getPage(new URL(root, "/profiles/" + java.util.UUID.randomUUID()));
            assertThat(missing.getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(missing.asNormalizedText()).contains("404");
            assertThat(browser.getPage(new URL(root, "/onboarding/9")).getWebResponse().getStatusCode()).isEqualTo(404);
        }
    }

    private static void storeProfile(String user, String skill) {
        given().auth().oauth2(accessToken(TestKeycloak.CLI_CLIENT, user, user)).contentType(ContentType.JSON)
                .body(ProfileRequests.with(ProfileRequests.complete(skill, skill), "learnSkills", List.of()))
                .put("/api/v1/profiles/me").then().statusCode(200);
    }

    private static HtmlCheckBoxInput checkBox(HtmlForm form, String name, String value) {
        return (HtmlCheckBoxInput) form.getInputsByName(name).stream()
                .filter(input -> value.equals(input.getValue())).findFirst().orElseThrow();
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }
}
