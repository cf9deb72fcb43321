package dev.mentorhub.program.admin;

import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.program.AdminWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The audit pages: who by name, what, and the values before → after; paged by 20. */
@QuarkusTest
class AuditAdminPagesTest {

    @Inject
    AdminWorld worlds;

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void showsWhoDidWhatWithBeforeAndAfter() {
        AdminWorld.World w = worlds.build();
        String members = "/admin/programs/" + w.programA() + "/members";
        form(members).formParam("role", "mentor").post(members + "/" + w.member().memberId() + "/role")
                .then().statusCode(303);

        String page = "/admin/programs/" + w.programA() + "/audit";
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Alma Admin"))
                .body(containsString("Changed a member&#39;s role"))
                .body(containsString("<strong>role</strong>: <span class=\"before\">mentee</span> → <span class=\"after\">mentor</span>"))
                .body(containsString("Created the program"))
                .body(not(containsString("rel=\"next\"")));
        given().accept("text/html").header("Accept-Language", "zh-CN").get(page).then()
                .body(containsString("修改了成员角色"));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void pagesLongLogsByTwenty() {
        AdminWorld.World w = worlds.build();
        String settings = "/admin/programs/" + w.programA();
        for (int i = 0; i < 21; i++) {
            form(settings).post(settings + "/join-code").then().statusCode(303);
        }
        String page = "/admin/programs/" + w.programA() + "/audit";
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Page 1 of 2"))
                .body(containsString("href=\"" + page + "?page=1\""))
                .body(not(containsString("Created the program")));
        given().accept("text/html").get(page + "?page=1").then().statusCode(200)
                .body(containsString("Created the program"));
    }

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.PLATFORM))
    void showsPlatformAdminsEverything() {
        AdminWorld.World w = worlds.build();
        given().accept("text/html").get("/admin/audit").then().statusCode(200)
                .body(containsString("Audit log of all organizations"))
                .body(containsString("href=\"/admin/programs/" + w.programB() + "/audit\""))
                .body(containsString("Bert Admin"));
    }
}
