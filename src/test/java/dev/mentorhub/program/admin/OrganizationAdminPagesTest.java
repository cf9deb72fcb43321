package dev.mentorhub.program.admin;

import static dev.mentorhub.program.AdminWorld.fresh;
import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.program.AdminWorld;
import dev.mentorhub.program.OrganizationDto;
import dev.mentorhub.program.OrganizationService;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /admin/organizations: platform admins create organizations, appoint admins by email and dismiss them. */
@QuarkusTest
class OrganizationAdminPagesTest {

    private static final String PAGE = "/admin/organizations";

    @Inject
    AdminWorld worlds;

    @Inject
    OrganizationService organizations;

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.PLATFORM))
    void createsAnOrganizationAppointsAndDismissesAnAdmin() {
        Caller platform = worlds.caller(AdminWorld.PLATFORM, "Pat Platform", true);
        String name = TestData.unique("Acme <Labs>");
        form(PAGE).formParam("name", name).post(PAGE).then().statusCode(303);
        OrganizationDto org = fresh(() -> organizations.list(platform)).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow();

        Caller future = worlds.person("Future Admin");
        form(PAGE).formParam("email", future.email().toUpperCase()).post(PAGE + "/" + org.id() + "/admins")
                .then().statusCode(303);
        assertThat(fresh(() -> organizations.get(platform, org.id())).admins()).extracting(OrganizationDto.Person::id)
                .containsExactly(future.memberId());

        form(PAGE).formParam("email", "nobody-" + UUID.randomUUID() + "@example.org")
                .post(PAGE + "/" + org.id() + "/admins").then().statusCode(400)
                .body(containsString("No member with this email has signed in yet."));

        form(PAGE).post(PAGE + "/" + org.id() + "/admins/" + future.memberId() + "/dismiss").then().statusCode(303);
        assertThat(fresh(() -> organizations.get(platform, org.id())).admins()).isEmpty();
    }

    @Test
    @TestSecurity(user = "pat", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.PLATFORM))
    void showsOrganizationsEscapedAndRefusesBadNames() {
        AdminWorld.World w = worlds.build();
        Caller platform = w.platform();
        String name = TestData.unique("<script>x</script>");
        organizations.create(platform, name);
        // The list is paged by name: the page that shows this organization is not always the first one.
        given().accept("text/html").get(PAGE).then().statusCode(200)
                .body(containsString("New organization"))
                .body(not(containsString("<script>x</script>")));

        form(PAGE).formParam("name", "  ").post(PAGE).then().statusCode(400)
                .body(containsString("Enter a name of 1 to 200 characters."));
        form(PAGE).formParam("name", name).post(PAGE).then().statusCode(409)
                .body(containsString("This name is already used here."))
                .body(containsString("value=\"" + name.replace("<", "&lt;").replace(">", "&gt;") + "\""));
        given().accept("text/html").header("Accept-Language", "zh-CN").get(PAGE).then().body(containsString("新建组织"));
    }
}
