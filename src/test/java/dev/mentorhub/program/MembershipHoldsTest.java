package dev.mentorhub.program;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import dev.mentorhub.program.invitation.InvitationDto;
import dev.mentorhub.program.invitation.InvitationService;
import dev.mentorhub.program.invitation.InviteRequest;
import dev.mentorhub.program.invitation.InviteResult;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.testsupport.HtmlForms;
import dev.mentorhub.testsupport.Rows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Removal holds: invitation tokens are single use and expire, and a member an admin removed cannot come back by
 * themselves (old invitation, join link, open joining) until an admin invites them again.
 */
@QuarkusTest
class MembershipHoldsTest {

    private static final String REMY = "membership-holds-remy";
    private static final String REMY_EMAIL = "remy-holds@example.org";

    @Inject
    ProgramWorld world;

    @Inject
    MembershipService memberships;

    @Inject
    RosterService roster;

    @Inject
    InvitationService invitations;

    @Inject
    ProgramFixture fixture;

    @Inject
    EntityManager em;

    private static ProgramRequest openInviteOnly() {
        return ProgramWorld.request("open", "invite-only", null, null, null, List.of());
    }

    private boolean active(UUID program, Member member) {
        return memberships.myMemberships(ProgramWorld.caller(member)).stream()
                .anyMatch(m -> m.programId().equals(program));
    }

    @Test
    void shouldRefuseARemovedMemberTheirOldInvitationTheJoinLinkAndOpenJoiningUntilAnAdminInvitesAgain() {
        Member admin = world.someone("Holds Admin");
        UUID program = world.openProgram(admin).id();
        Member removed = world.someone("Removed");
        Caller me = ProgramWorld.caller(removed);
        String token = world.invite(admin, program, removed.email(), "mentor");
        invitations.acceptInvitation(me, token);
        roster.remove(ProgramWorld.caller(admin), program, removed.id());

        assertThatThrownBy(() -> invitations.acceptInvitation(me, token)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.type()).isEqualTo("invitation-used"));
        String code = world.joinCode(admin, program);
        assertThatThrownBy(() -> memberships.joinByLink(me, code, "mentee")).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.type()).isEqualTo("removed-by-admin");
                });
        assertThatThrownBy(() -> memberships.joinOpen(me, program, "mentee")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.type()).isEqualTo("removed-by-admin"));
        assertThat(active(program, removed)).isFalse();

        InviteResult again = invitations.invite(ProgramWorld.caller(admin), program,
                new InviteRequest(List.of(removed.email()), "mentee"), java.util.Locale.ENGLISH);
        assertThat(again.invited()).containsExactly(removed.email());
        String renewed = fixture.invitationToken(program, removed.email());
        assertThat(renewed).isNotEqualTo(token);
        assertThatThrownBy(() -> invitations.acceptInvitation(me, token)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(invitations.acceptInvitation(me, renewed).role()).isEqualTo(ProgramRole.MENTEE.slug());
        assertThat(active(program, removed)).isTrue();
        assertThat(mails(removed.email())).isEqualTo(2);
    }

    @Test
    void shouldLetSomeoneWhoLeftByThemselvesComeBackByTheJoinLink() {
        Member admin = world.someone("Holds Admin");
        UUID program = world.openProgram(admin).id();
        Member leaver = world.someone("Leaver");
        world.join(admin, program, leaver, "mentee");
        memberships.leave(ProgramWorld.caller(leaver), program);

        world.join(admin, program, leaver, "mentor");
        assertThat(active(program, leaver)).isTrue();
    }

    @Test
    void shouldRefuseAnInvitationPendingSinceBeforeTheRemoval() {
        Member admin = world.someone("Holds Admin");
        UUID program = world.program(admin, world.organization(admin), openInviteOnly()).id();
        Member removed = world.someone("Removed");
        String token = world.invite(admin, program, removed.email(), "mentee");
        world.join(admin, program, removed, "mentee");
        roster.remove(ProgramWorld.caller(admin), program, removed.id());

        assertThatThrownBy(() -> invitations.acceptInvitation(ProgramWorld.caller(removed), token))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("removed-by-admin"));
        assertThat(active(program, removed)).isFalse();
    }

    @Test
    void shouldUseAnInvitationOnceAndAnswerADoubleClickWithTheSameMembership() {
        Member admin = world.someone("Holds Admin");
        UUID program = world.program(admin, world.organization(admin), openInviteOnly()).id();
        Member invitee = world.someone("Invitee");
        Caller me = ProgramWorld.caller(invitee);
        String token = world.invite(admin, program, invitee.email(), "both");
        invitations.acceptInvitation(me, token);

        assertThat(invitations.acceptInvitation(me, token).role()).isEqualTo(ProgramRole.BOTH.slug());
        memberships.leave(me, program);
        assertThatThrownBy(() -> invitations.acceptInvitation(me, token)).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(410);
                    assertThat(e.type()).isEqualTo("invitation-used");
                });
        assertThat(active(program, invitee)).isFalse();
    }

    @Test
    void shouldRefuseAnExpiredInvitationHideItFromTheListAndRenewItOnAnotherInvite() {
        Member admin = world.someone("Holds Admin");
        UUID program = world.program(admin, world.organization(admin), openInviteOnly()).id();
        Member invitee = world.someone("Late");
        Caller me = ProgramWorld.caller(invitee);
        String token = world.invite(admin, program, invitee.email(), "mentee");
        invitedAgo(program, invitee.email(), Duration.ofDays(31));

        assertThat(invitations.pendingInvitationPreviews(me)).isEmpty();
        InvitationDto listed = invitations.invitations(ProgramWorld.caller(admin), program, new PageRequest(0, 20)).items().get(0);
        assertThat(listed.expired()).isTrue();
        assertThat(listed.expiresAt()).isBefore(Instant.now());
        assertThatThrownBy(() -> invitations.acceptInvitation(me, token)).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(410);
                    assertThat(e.type()).isEqualTo("invitation-expired");
                });

        InviteResult again = invitations.invite(ProgramWorld.caller(admin), program,
                new InviteRequest(List.of(invitee.email()), "mentor"), java.util.Locale.ENGLISH);
        assertThat(again.invited()).containsExactly(invitee.email());
        String renewed = fixture.invitationToken(program, invitee.email());
        InvitationDto renewedRow = invitations.invitations(ProgramWorld.caller(admin), program, new PageRequest(0, 20)).items().get(0);
        assertThat(renewedRow.expired()).isFalse();
        assertThat(renewedRow.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(29)));
        assertThat(invitations.acceptInvitation(me, renewed).role()).isEqualTo(ProgramRole.MENTOR.slug());
    }

    @Test
    void shouldSkipAnAddressWhoseInvitationIsStillValid() {
        Member admin = world.someone("Holds Admin");
        UUID program = world.openProgram(admin).id();
        String token = world.invite(admin, program, "valid-holds-" + UUID.randomUUID() + "@example.org", "mentee");
        String email = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select email from program_invitation where token = ?1").setParameter(1, token).getSingleResult());

        InviteResult again = invitations.invite(ProgramWorld.caller(admin), program,
                new InviteRequest(List.of(email), "mentee"), java.util.Locale.ENGLISH);
        assertThat(again.alreadyInvited()).containsExactly(email);
        assertThat(fixture.invitationToken(program, email))
                .isEqualTo(token);
    }

    @Test
    @TestSecurity(user = "remy", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = REMY))
    void shouldExplainRefusedInvitationsAsProblemsAndOnThePageInBothLanguages() {
        Member remy = world.member(REMY, "Remy", REMY_EMAIL);
        Member admin = world.someone("Holds Admin");
        UUID program = world.openProgram(admin).id();
        String token = world.invite(admin, program, REMY_EMAIL, "mentee");
        invitations.acceptInvitation(ProgramWorld.caller(remy), token);
        roster.remove(ProgramWorld.caller(admin), program, remy.id());
        String code = world.joinCode(admin, program);
        String formPage = "/join/" + code;

        given().contentType(ContentType.JSON).when().post("/api/v1/invitations/" + token + "/accept").then()
                .statusCode(410).contentType("application/problem+json")
                .body("type", endsWith("/invitation-used"));
        given().contentType(ContentType.JSON).when().post("/api/v1/programs/" + program + "/join").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/removed-by-admin"));
        HtmlForms.form(formPage).post("/invitations/" + token + "/accept").then().statusCode(410)
                .body(containsString("This invitation has been used already"));
        HtmlForms.form(formPage).header("Accept-Language", "zh-CN")
                .post("/invitations/" + token + "/accept").then().statusCode(410)
                .body(containsString("此邀请已被使用"));
        HtmlForms.form(formPage).formParam("role", "mentee").post("/join/" + code).then().statusCode(403)
                .body(containsString("An admin removed you from this program"));
        HtmlForms.form(formPage).formParam("role", "mentee").header("Accept-Language", "zh-CN")
                .post("/programs/" + program + "/join").then().statusCode(403)
                .body(containsString("管理员已将你移出该项目"));

        invitedAgo(program, REMY_EMAIL, Duration.ofDays(31));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update program_invitation set accepted_at "
                + "= null, accepted_by = null where token = ?1").setParameter(1, token).executeUpdate());
        given().accept("text/html").when().get("/invitations/" + token).then().statusCode(200)
                .body(containsString("id=\"invitation-expired\"")).body(not(containsString("id=\"accept-form\"")));
        HtmlForms.form(formPage).post("/invitations/" + token + "/accept").then().statusCode(410)
                .body(containsString("This invitation has expired"));
        given().contentType(ContentType.JSON).when().post("/api/v1/invitations/" + token + "/accept").then()
                .statusCode(410).body("type", endsWith("/invitation-expired"))
                .body("status", equalTo(410));
    }

    private void invitedAgo(UUID program, String email, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update program_invitation set invited_at "
                + "= ?1 where program_id = ?2 and lower(email) = lower(?3)").setParameter(1, Instant.now().minus(ago))
                .setParameter(2, program).setParameter(3, email).executeUpdate());
    }

    private long mails(String email) {
        return Rows.count(em, "select count(*) from outbox_message where lower(recipient_email) = lower(?1)", email);
    }
}
