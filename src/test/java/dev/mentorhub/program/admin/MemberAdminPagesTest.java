package dev.mentorhub.program.admin;

import static dev.mentorhub.program.AdminWorld.fresh;
import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.program.AdminWorld;
import dev.mentorhub.program.ProgramMemberDto;
import dev.mentorhub.program.RosterService;
import dev.mentorhub.program.invitation.InvitationDto;
import dev.mentorhub.program.invitation.InvitationService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** /admin/programs/{id}/members: search, role change, removal, invitations by email. */
@QuarkusTest
class MemberAdminPagesTest {

    @Inject
    AdminWorld worlds;

    @Inject
    RosterService roster;

    @Inject
    InvitationService invitations;

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void searchesChangesRolesAndRemovesMembers() {
        AdminWorld.World w = worlds.build();
        Caller other = worlds.person("Zed <i>Other</i>");
        worlds.joinByLink(w.adminA(), w.programA(), other, "mentor");
        String page = "/admin/programs/" + w.programA() + "/members";

        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Mona Member"))
                .body(containsString("Zed &lt;i&gt;Other&lt;/i&gt;"))
                .body(not(containsString("<i>Other</i>")))
                .body(containsString("href=\"/admin/programs/" + w.programA() + "/import\""))
                .body(containsString("href=\"/admin/programs/" + w.programA() + "/dashboard\""));
        given().accept("text/html").queryParam("q", "mona").get(page).then().statusCode(200)
                .body(containsString("Mona Member")).body(not(containsString("Zed &lt;i&gt;")));
        given().accept("text/html").queryParam("q", "nobody-like-this").get(page).then().statusCode(200)
                .body(containsString("No member matches “nobody-like-this”."));

        String member = page + "/" + w.member().memberId();
        form(page).formParam("role", "both").formParam("back", page + "?q=mona&page=0&invitations=0")
                .post(member + "/role").then().statusCode(303).header("Location", endsWith(page + "?q=mona&page=0&invitations=0"));
        assertThat(fresh(() -> roster.members(w.adminA(), w.programA(), "mona", new PageRequest(0, 20)))
                .items()).singleElement().extracting(ProgramMemberDto::role).isEqualTo("both");

        form(page).formParam("back", "https://evil.example/").post(member + "/remove").then().statusCode(303)
                .header("Location", endsWith(page));
        assertThat(fresh(() -> roster.members(w.adminA(), w.programA(), "mona", new PageRequest(0, 20))).items())
                .isEmpty();
        given().accept("text/html").get(page).then().body(not(containsString("Mona Member")));
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void setsDepartmentAndManagerAndShowsThemInTheList() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA() + "/members";
        String back = page + "?q=mona&page=0&invitations=0";
        String edit = page + "/" + w.member().memberId() + "/org";
        given().accept("text/html").get(page + "?q=mona").then().statusCode(200)
                .body(containsString("<th>Department</th><th>Manager</th>"))
                .body(containsString("href=\"" + edit + "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8)
                        + "\""));
        given().accept("text/html").queryParam("back", back).get(edit).then().statusCode(200)
                .body(containsString("Department and manager of Mona Member"))
                .body(containsString("name=\"back\" value=\"" + back.replace("&", "&amp;") + "\""));

        form(edit).formParam("department", "<b>R&D</b>").formParam("managerEmail", w.member().email().toUpperCase())
                .formParam("back", back).post(edit).then().statusCode(400)
                .body(containsString("Enter the manager&#39;s email address (not the member&#39;s own), or leave it "
                        + "empty."))
                .body(containsString("value=\"&lt;b&gt;R&amp;D&lt;/b&gt;\""))
                .body(not(containsString("<b>R&D</b>")));
        assertThat(fresh(() -> roster.member(w.adminA(), w.programA(), w.member().memberId())).department())
                .isNull();

        form(edit).formParam("department", "<b>R&D</b>").formParam("managerEmail", "boss@example.org")
                .formParam("back", back).post(edit).then().statusCode(303).header("Location", endsWith(back));
        ProgramMemberDto saved = fresh(() -> roster.member(w.adminA(), w.programA(), w.member().memberId()));
        assertThat(saved.department()).isEqualTo("<b>R&D</b>");
        assertThat(saved.managerEmail()).isEqualTo("boss@example.org");
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("&lt;b&gt;R&amp;D&lt;/b&gt;")).body(containsString("boss@example.org"));
    }

    @Test
    @TestSecurity(user = "bert", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_B))
    void hidesTheOrgFormOfAnotherOrganizationsProgram() {
        AdminWorld.World w = worlds.build();
        String edit = "/admin/programs/" + w.programA() + "/members/" + w.member().memberId() + "/org";
        given().accept("text/html").get(edit).then().statusCode(404);
        String own = "/admin/programs/" + w.programB() + "/members";
        form(own).formParam("department", "Stolen").post(edit).then().statusCode(404);
        assertThat(fresh(() -> roster.member(w.adminA(), w.programA(), w.member().memberId())).department())
                .isNull();
    }

    @Test
    @TestSecurity(user = "alma", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = AdminWorld.ADMIN_A))
    void invitesByEmailAndListsInvitations() {
        AdminWorld.World w = worlds.build();
        String page = "/admin/programs/" + w.programA() + "/members";
        given().accept("text/html").get(page).then().body(containsString("id=\"invitations-empty\""));

        form(page).formParam("emails", "one@example.org\r\n\r\ntwo@example.org\nnot-an-email\n")
                .formParam("role", "mentor")
                .post(page + "/invite").then().statusCode(400)
                .body(containsString("These are not email addresses: not-an-email"))
                .body(containsString("one@example.org\r\n\r\ntwo@example.org\nnot-an-email"));
        assertThat(fresh(() -> invitations.invitations(w.adminA(), w.programA(), new PageRequest(0, 20))).total())
                .isZero();

        form(page).formParam("emails", "one@example.org\ntwo@example.org").formParam("role", "mentor")
                .post(page + "/invite").then().statusCode(303);
        form(page).formParam("emails", "two@example.org\nthree@example.org").formParam("role", "mentee")
                .post(page + "/invite").then().statusCode(303)
                .header("Location", containsString("invited=1&skipped=1"));
        given().accept("text/html").get(page + "?invited=1&skipped=1").then().statusCode(200)
                .body(containsString("1 invitation(s) sent; 1 address(es) were already invited."))
                .body(containsString("one@example.org"))
                .body(containsString("three@example.org"))
                .body(containsString("Pending"));
        assertThat(fresh(() -> invitations.invitations(w.adminA(), w.programA(), new PageRequest(0, 20))).items())
                .extracting(InvitationDto::email)
                .containsExactlyInAnyOrder("one@example.org", "two@example.org", "three@example.org");
    }
}
