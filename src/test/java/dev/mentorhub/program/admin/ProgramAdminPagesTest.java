package dev.mentorhub.program.admin;

import static dev.mentorhub.program.AdminWorld.fresh;
import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.matching.engine.Weights;
import dev.mentorhub.program.AdminWorld;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.settings.ProgramWeights;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /admin/programs: the list by organization, the new-program form, all settings, the join link. */
@QuarkusTest
class ProgramAdminPagesTest {

    @Inject
    AdminWorld worlds;

    @Inject
    ProgramService programs;

    /** Every field of the settings form filled with valid values, but for {@code overrides}. */
    private static RequestSpecification filled(RequestSpecification form, String name, Object... overrides) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", "Grow ML engineers");
        fields.put("audience", "open");
        fields.put("matchingMode", "hybrid");
        fields.put("eligibility", "email-domain");
        fields.put("eligibilityValue", "Example.COM");
        fields.put("enrolmentOpensOn", "2030-01-10");
        fields.put("enrolmentClosesOn", "2030-02-10");
        fields.put("weightSkill", "0.5");
        fields.put("weightStage", "0.1");
        fields.put("weightGoals", "0.1");
        fields.put("weightAvailability", "0.1");
        fields.put("weightFormatLocation", "0.1");
        fields.put("weightLoad", "0.1");
        fields.put("relationshipMonths", "9");
        fields.put("checkInDays", "21");
        fields.put("questionId", List.of("team", "level", "", "", ""));
        fields.put("questionText", List.of("Your team?", "Which level?", "", "", ""));
        fields.put("questionKind", List.of("short-text", "single-choice", "short-text", "short-text", "short-text"));
        fields.put("questionOptions", List.of("", "Junior\nSenior\n", "", "", ""));
        fields.put("questionFeeds", List.of("1"));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put((String) overrides[i], overrides[i + 1]);
        }
        fields.forEach((field, value) -> {
            if (value instanceof List<?> values) {
                form.formParam(field, values);
            } else {
                form.formParam(field, value);
            }
        });
        return form;
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void listsProgramsByOrganizationWithANewProgramLink() {
        AdminWorld.World w = worlds.build();
        UUID emptyOrg = worlds.organization(w.platform(), w.adminA());
        // Admin A administers one organization per world other tests built, 20 per page: read every page.
        String listing = everyPage("/admin/programs");
        assertThat(listing).contains("id=\"org-" + w.orgA() + "\"")
                .contains(fresh(() -> worlds.program(w.adminA(), w.programA())).name())
                .contains("href=\"/admin/programs/new?organization=" + w.orgA() + "\"")
                .contains("id=\"org-" + emptyOrg + "\"")
                .contains("No programs in this organization yet.");
        given().accept("text/html").header("Accept-Language", "zh-CN").get("/admin/programs").then().statusCode(200)
                .body(containsString("我管理的项目")).body(containsString("新建项目"));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void createsAProgramWithEverySettingThroughTheForm() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/new?organization=" + w.orgA();
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("name=\"weightSkill\" value=\"" + plain(Weights.DEFAULT.skill()) + "\""))
                .body(containsString("name=\"relationshipMonths\" value=\"6\""));
        String name = TestData.unique("Created");
        String location = filled(form(page), name, "excludeReportingLine", "true").post(page).then().statusCode(303)
                .extract().header("Location");
        UUID id = UUID.fromString(location.replaceAll(".*/admin/programs/([0-9a-f-]{36}).*", "$1"));

        ProgramDto p = fresh(() -> programs.get(w.adminA(), id));
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.organizationId()).isEqualTo(w.orgA());
        assertThat(p.audience()).isEqualTo("open");
        assertThat(p.matchingMode()).isEqualTo("hybrid");
        assertThat(p.eligibility()).isEqualTo("email-domain");
        assertThat(p.eligibilityValue()).isEqualTo("example.com");
        assertThat(p.enrolmentOpensOn()).isEqualTo(LocalDate.of(2030, 1, 10));
        assertThat(p.enrolmentClosesOn()).isEqualTo(LocalDate.of(2030, 2, 10));
        assertThat(p.weights()).isEqualTo(new ProgramWeights(0.5, 0.1, 0.1, 0.1, 0.1, 0.1));
        assertThat(p.relationshipMonths()).isEqualTo(9);
        assertThat(p.checkInDays()).isEqualTo(21);
        assertThat(p.excludeSameDepartment()).isFalse();
        assertThat(p.excludeReportingLine()).isTrue();
        assertThat(p.questions()).containsExactly(
                new ProgramQuestion("team", "Your team?", "short-text", List.of(), false),
                new ProgramQuestion("level", "Which level?", "single-choice", List.of("Junior", "Senior"),
                        true));

        given().accept("text/html").get(location).then().statusCode(200)
                .body(containsString("id=\"saved\""))
                .body(containsString("value=\"" + name + "\""))
                .body(containsString(">Junior\nSenior</textarea>"))
                .body(containsString("name=\"questionFeeds\" value=\"1\" checked"))
                .body(containsString("name=\"excludeReportingLine\" value=\"true\" checked"))
                .body(containsString("name=\"excludeSameDepartment\" value=\"true\">"))
                .body(containsString("/join/" + p.joinCode()));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void showsEveryErrorAndKeepsWhatWasTyped() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA();
        String before = fresh(() -> programs.get(w.adminA(), w.programA())).name();
        filled(form(page), "", "description", "Typed description stays", "eligibilityValue", "not a domain",
                "enrolmentOpensOn", "soon", "relationshipMonths", "99", "weightLoad", "lots",
                "questionId", List.of("Bad Id", "level", "", "", ""), "questionOptions", List.of("", "OnlyOne", "", "", ""))
                .post(page).then().statusCode(400)
                .body(containsString("id=\"form-errors\""))
                .body(containsString("Enter a name of 1 to 200 characters."))
                .body(containsString("Typed description stays"))
                .body(containsString("Enter an email domain such as example.com."))
                .body(containsString("value=\"not a domain\""))
                .body(containsString("Enter a date as YYYY-MM-DD."))
                .body(containsString("value=\"soon\""))
                .body(containsString("Between 1 and 36 months."))
                .body(containsString("value=\"99\""))
                .body(containsString("value=\"lots\""))
                .body(containsString("Weights are numbers of zero or more"))
                .body(containsString("value=\"Bad Id\""))
                .body(containsString("1 to 40 lower-case letters"))
                .body(containsString("A choice needs 2 to 20 different options"));
        assertThat(fresh(() -> programs.get(w.adminA(), w.programA())).name()).isEqualTo(before);

        filled(form(page), "名字", "checkInDays", "0").header("Accept-Language", "zh-CN")
                .post(page).then().statusCode(400).body(containsString("须在 1 到 180 天之间。"));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void refusesADuplicateNameOnTheNameField() {
        AdminWorld.World w = worlds.build();
        String taken = fresh(() -> programs.get(w.adminA(), w.programA())).name();
        String page = "/admin/programs/new?organization=" + w.orgA();
        filled(form(page), taken).post(page).then().statusCode(409)
                .body(containsString("This name is already used here."))
                .body(containsString("value=\"" + taken + "\""));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void escapesMarkupInProgramNames() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA();
        String evil = "<script>alert('x')</script> " + TestData.unique("p");
        filled(form(page), evil).post(page).then().statusCode(303);
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert("))
                .body(not(containsString("<script>alert(")));
        given().accept("text/html").get("/admin/programs").then()
                .body(not(containsString("<script>alert(")));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void replacesTheJoinLink() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA();
        String old = fresh(() -> programs.get(w.adminA(), w.programA())).joinCode();
        given().accept("text/html").get(page).then().body(containsString("http://localhost:8080/join/" + old))
                .body(containsString("id=\"replace-join-link\""));
        form(page).post(page + "/join-code").then().statusCode(303);
        String now = fresh(() -> programs.get(w.adminA(), w.programA())).joinCode();
        assertThat(now).isNotEqualTo(old);
        given().accept("text/html").get(page).then().body(containsString("/join/" + now))
                .body(not(containsString("/join/" + old)));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void keepsDefaultWeightsAsDefaults() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA();
        filled(form(page), TestData.unique("Own weights")).post(page).then().statusCode(303);
        assertThat(fresh(() -> programs.get(w.adminA(), w.programA())).weights())
                .isEqualTo(new ProgramWeights(0.5, 0.1, 0.1, 0.1, 0.1, 0.1));
        filled(form(page), TestData.unique("Defaults"), "weightSkill", plain(Weights.DEFAULT.skill()),
                "weightStage", plain(Weights.DEFAULT.stage()), "weightGoals", plain(Weights.DEFAULT.goals()),
                "weightAvailability", plain(Weights.DEFAULT.availability()),
                "weightFormatLocation", plain(Weights.DEFAULT.formatLocation()),
                "weightLoad", plain(Weights.DEFAULT.load()))
                .post(page).then().statusCode(303);
        assertThat(fresh(() -> programs.get(w.adminA(), w.programA())).weights()).isEqualTo(ProgramWeights.of(Weights.DEFAULT));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The pages of a paged admin list joined, up to the first page that has no "Next" link. */
    private static String everyPage(String path) {
        StringBuilder all = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String html = given().accept("text/html").queryParam("page", page).get(path)
                    .then().statusCode(200).extract().asString();
            all.append(html);
            if (!html.contains("rel=\"next\"")) {
                break;
            }
        }
        return all.toString();
    }
}
