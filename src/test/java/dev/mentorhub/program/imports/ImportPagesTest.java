package dev.mentorhub.program.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.program.OrganizationService;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The import page /admin/programs/{id}/import: upload, dry-run report, confirm, success; 404 for anyone else. */
@QuarkusTest
class ImportPagesTest {

    private static final String ADMIN = "import-pages-admin";
    private static final String OTHER_ADMIN = "import-pages-other-admin";
    private static final String MEMBER = "import-pages-member";
    private static final String HEADER = "email,name,role,teach_skills,learn_skills,department\r\n";

    private static UUID programId;

    @Inject
    MemberService members;

    @Inject
    OrganizationService organizations;

    @Inject
    ProgramService programs;

    @Inject
    EntityManager em;

    /** One program administered by ADMIN; OTHER_ADMIN administers another organization; MEMBER belongs to it. */
    private UUID program() {
        if (programId == null) {
            UUID admin = member(ADMIN).memberId();
            Caller platform = new Caller(admin, null, true, Set.of());
            programId = program(platform, admin);
            program(platform, member(OTHER_ADMIN).memberId());
            UUID member = member(MEMBER).memberId();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into program_member (program_id, "
                    + "member_id, role, source, joined_at) values (?1, ?2, 'MENTEE', 'SELF', now())")
                    .setParameter(1, programId).setParameter(2, member).executeUpdate());
        }
        return programId;
    }

    private Caller member(String subject) {
        return new Caller(members.signedIn(new SignedInIdentity(subject, subject, subject, subject + "@example.org",
                Set.of("member"))).id(), null, false, Set.of());
    }

    private UUID program(Caller platform, UUID admin) {
        UUID org = organizations.create(platform, TestData.unique("Import org")).id();
        organizations.appoint(platform, org, admin, null);
        return programs.create(platform, org, new ProgramRequest(TestData.unique("Import program"), "Imports", "restricted",
                null, "invite-only", null, null, null, null, null, null, null, null, null)).id();
    }

    private static String page(UUID id) {
        return "/admin/programs/" + id + "/import";
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldShowTheUploadFormInBothLanguages() {
        UUID id = program();
        given().accept("text/html").get(page(id)).then().statusCode(200)
                .body(containsString("Import people into Import program"))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("href=\"/downloads/program-import-template.csv\""))
                .body(not(containsString("id=\"report\"")));
        given().accept("text/html").header("Accept-Language", "zh-CN").get(page(id)).then().statusCode(200)
                .body(containsString("导入成员")).body(containsString("检查文件"));
        given().get("/downloads/program-import-template.csv").then().statusCode(200)
                .body(containsString("email,name,role,teach_skills,learn_skills,department"));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldShowTheDryRunReportOfAnUploadedFileWithEscapedValuesAndNoConfirmButton() {
        UUID id = program();
        String d = TestData.unique("pg").toLowerCase() + ".example.com";
        String csv = HEADER + "a@" + d + ",A,,,,\r\n" + "<script>alert(1)</script>,B,,,,\r\n"
                + "c@" + d + ",C,boss,no-such-skill,,\r\n";

        form(page(id)).multiPart("file", "people.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(page(id)).then().statusCode(200)
                .body(containsString("3 rows read: 1 fine, 2 with problems."))
                .body(containsString("<td>3</td><td><code>email</code></td><td>Not an email address: "
                        + "&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
                .body(containsString("<td>4</td><td><code>role</code></td>"))
                .body(containsString("Unknown skill: <strong>1</strong>"))
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("id=\"confirm-import\"")))
                .body(containsString("id=\"nothing-imported\""))
                // The file comes back in the text area, to be fixed in place.
                .body(containsString("c@" + d + ",C,boss"));
        assertThat(invitations(id, d)).isZero();

        form(page(id)).multiPart("csv", "email,phone\r\nx@" + d + ",1\r\n").post(page(id)).then().statusCode(200)
                .body(containsString("Unknown column &quot;phone&quot;"));
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldImportPastedTextAfterConfirmingAndShowTheCount() {
        UUID id = program();
        String d = TestData.unique("pg").toLowerCase() + ".example.com";
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 300; i++) {
            csv.append("p").append(i).append('@').append(d).append(",\"Person ").append(i)
                    .append(", \"\"Q\"\"\",mentor,pytorch,,R&D\r\n");
        }

        Response report = form(page(id)).multiPart("csv", csv.toString()).post(page(id));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.asString()).contains("300 rows read: 300 fine, 0 with problems.", "Import 300 people");
        assertThat(invitations(id, d)).as("the dry run writes nothing").isZero();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"csv\" value=\"([^\"]*)\">")
                .matcher(report.asString());
        assertThat(hidden.find()).isTrue();
        String checked = unescape(hidden.group(1));
        assertThat(checked).isEqualTo(csv.toString());

        form(page(id)).multiPart("csv", checked).post(page(id) + "/confirm").then().statusCode(303)
                .header("Location", endsWith(page(id) + "/done?invited=300"));
        assertThat(invitations(id, d)).isEqualTo(300);
        given().accept("text/html").get(page(id) + "/done?invited=300").then().statusCode(200)
                .body(containsString("300 people were invited."))
                .body(containsString("href=\"/admin/programs/" + id + "/members\""));

        form(page(id)).multiPart("csv", checked).post(page(id) + "/confirm").then().statusCode(400)
                .body(containsString("Already has an invitation to this program."))
                .body(containsString("id=\"nothing-imported\""));
        assertThat(invitations(id, d)).isEqualTo(300);
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = ADMIN))
    void shouldRefuseAConfirmWithoutCsrfToken() {
        UUID id = program();
        String d = TestData.unique("pg").toLowerCase() + ".example.com";
        given().accept("text/html").redirects().follow(false).multiPart("csv", HEADER + "a@" + d + ",A,,,,\r\n")
                .post(page(id) + "/confirm").then().statusCode(400);
        assertThat(invitations(id, d)).isZero();
    }

    @Test
    @TestSecurity(user = OTHER_ADMIN, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = OTHER_ADMIN))
    void shouldAnswer404ToAnotherOrganizationsAdmin() {
        assertNotFound(program());
    }

    @Test
    @TestSecurity(user = MEMBER, roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = MEMBER))
    void shouldAnswer404ToAMemberOfTheProgram() {
        assertNotFound(program());
    }

    @Test
    void shouldSendVisitorsToSignIn() {
        given().redirects().follow(false).accept("text/html").get(page(UUID.randomUUID())).then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    private void assertNotFound(UUID id) {
        String d = TestData.unique("pg").toLowerCase() + ".example.com";
        given().accept("text/html").get(page(id)).then().statusCode(404).body(not(containsString("Import program")));
        given().accept("text/html").get(page(id) + "/done?invited=3").then().statusCode(404);
        // A valid CSRF token from a form the caller may use, so the refusal below is the tenant gate's.
        for (String path : new String[] {page(id), page(id) + "/confirm"}) {
            form("/profile/edit").multiPart("csv", HEADER + "a@" + d + ",A,,,,\r\n").post(path).then().statusCode(404);
        }
        assertThat(invitations(id, d)).isZero();
    }

    /** A multipart post with the CSRF cookie and field the page handed out, as a browser would send them. */
    private static RequestSpecification form(String page) {
        Response response = given().accept("text/html").get(page);
        assertThat(response.statusCode()).isEqualTo(200);
        String token = csrfToken(response);
        assertThat(token).as("the page has a CSRF field").isNotNull();
        String cookie = response.getCookie("csrf-token");
        return given().accept("text/html").redirects().follow(false).cookie("csrf-token", cookie == null ? "" : cookie)
                .multiPart("csrf-token", token);
    }

    private static String csrfToken(Response page) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        return token.find() ? token.group(1) : null;
    }

    /** What a browser submits for an attribute value escaped by Qute. */
    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private long invitations(UUID program, String domain) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + "program_invitation where program_id = ?1 and email like ?2").setParameter(1, program)
                .setParameter(2, "%@" + domain).getSingleResult()).longValue());
    }
}
