package dev.mentorhub.program.admin;

import static dev.mentorhub.program.AdminWorld.fresh;
import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.program.AdminWorld;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.cohort.CohortService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may open which admin page: platform admins everything; an organization's admin only their programs (another
 * organization's program answers 404, as if it did not exist); plain members no admin page; visitors sign in first.
 */
@QuarkusTest
class AdminPagesAccessTest {

    private static final List<String> PROGRAM_PAGES = List.of("", "/cohorts", "/members", "/audit");

    @Inject
    AdminWorld worlds;

    @Inject
    CohortService cohorts;

    private static List<String> pagesOf(UUID programId) {
        return PROGRAM_PAGES.stream().map(p -> "/admin/programs/" + programId + p).toList();
    }

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.PLATFORM))
    void platformAdminsOpenEveryAdminPage() {
        AdminWorld.World w = worlds.build();
        for (String page : List.of("/admin/organizations", "/admin/audit", "/admin/programs",
                "/admin/programs/new?organization=" + w.orgA())) {
            given().accept("text/html").get(page).then().statusCode(200);
        }
        for (String page : pagesOf(w.programA())) {
            given().accept("text/html").get(page).then().statusCode(200);
        }
        given().accept("text/html").get("/").then().body(containsString("id=\"nav-admin\""));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void organizationAdminsOpenTheirProgramsOnly() {
        AdminWorld.World w = worlds.build();
        for (String page : pagesOf(w.programA())) {
            given().accept("text/html").get(page).then().statusCode(200).body(containsString("id=\"admin-subnav\""));
        }
        for (String page : pagesOf(w.programB())) {
            given().accept("text/html").get(page).then().statusCode(404)
                    .body(not(containsString(fresh(() -> worlds.program(w.adminB(), w.programB())).name())));
        }
        given().accept("text/html").get("/admin/programs/new?organization=" + w.orgB()).then().statusCode(404);
        given().accept("text/html").get("/admin/programs/new?organization=" + w.orgA()).then().statusCode(200);
        given().accept("text/html").get("/admin/programs").then().statusCode(200)
                .body(containsString("/admin/programs/" + w.programA()))
                .body(not(containsString("/admin/programs/" + w.programB())));
        given().accept("text/html").get("/admin/organizations").then().statusCode(403);
        given().accept("text/html").get("/admin/audit").then().statusCode(403);
        given().accept("text/html").get("/").then().body(containsString("id=\"nav-admin\""));
    }

    @Test
    @TestSecurity(user = "bert", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_B))
    void anotherOrganizationsAdminCanNeitherSeeNorChangeProgramA() {
        AdminWorld.World w = worlds.build();
        for (String page : pagesOf(w.programA())) {
            given().accept("text/html").get(page).then().statusCode(404);
        }
        String mine = "/admin/programs/" + w.programB() + "/cohorts";
        String theirs = "/admin/programs/" + w.programA();
        form(mine).formParam("name", "Sneaky").post(theirs + "/cohorts").then().statusCode(404);
        form(mine).formParam("name", "Renamed").post(theirs).then().statusCode(404);
        form(mine).post(theirs + "/join-code").then().statusCode(404);
        form(mine).formParam("role", "mentor").post(theirs + "/members/" + w.member().memberId() + "/role")
                .then().statusCode(404);
        form(mine).post(theirs + "/members/" + w.member().memberId() + "/remove").then().statusCode(404);
        form(mine).formParam("emails", "x@example.org").post(theirs + "/members/invite").then().statusCode(404);

        assertThat(fresh(() -> cohorts.list(w.adminA(), w.programA()))).isEmpty();
        ProgramDto a = fresh(() -> worlds.program(w.adminA(), w.programA()));
        assertThat(a.name()).startsWith("Program A");
        assertThat(a.joinCode()).isNotBlank();
    }

    @Test
    @TestSecurity(user = "mona", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.MEMBER))
    void plainMembersFindNoAdminPages() {
        AdminWorld.World w = worlds.build();
        for (String page : pagesOf(w.programA())) {
            given().accept("text/html").get(page).then().statusCode(404);
        }
        given().accept("text/html").get("/admin/programs").then().statusCode(404);
        given().accept("text/html").get("/admin/organizations").then().statusCode(403);
        given().accept("text/html").get("/admin/audit").then().statusCode(403);
        given().accept("text/html").get("/").then().statusCode(200).body(not(containsString("id=\"nav-admin\"")));
    }

    @Test
    void visitorsAreSentToSignIn() {
        UUID any = UUID.randomUUID();
        for (String page : List.of("/admin/organizations", "/admin/audit", "/admin/programs",
                "/admin/programs/" + any, "/admin/programs/" + any + "/cohorts", "/admin/programs/" + any + "/members",
                "/admin/programs/" + any + "/audit")) {
            io.restassured.response.Response response = given().redirects().follow(false).accept("text/html")
                    .get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.header("Location")).as(page).contains("/protocol/openid-connect/auth");
        }
        given().accept("text/html").get("/").then().statusCode(200).body(not(containsString("id=\"nav-admin\"")));
    }
}
