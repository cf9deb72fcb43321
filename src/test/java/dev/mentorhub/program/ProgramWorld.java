package dev.mentorhub.program;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.program.cohort.CohortDto;
import dev.mentorhub.program.cohort.CohortService;
import dev.mentorhub.program.invitation.InvitationService;
import dev.mentorhub.program.invitation.InvitationTokens;
import dev.mentorhub.program.invitation.InviteRequest;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.testsupport.TestData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Builds program worlds through the services, without Keycloak: for page tests that sign in with
 * {@code @TestSecurity}, whose member rows are created here under the same OIDC subject (with the email the
 * invitation and eligibility rules need).
 */
@ApplicationScoped
public class ProgramWorld {

    private final MemberService members;
    private final OrganizationService organizations;
    private final ProgramService programs;
    private final MembershipService memberships;
    private final CohortService cohorts;
    private final InvitationService invitations;
    private final InvitationTokens tokens;

    ProgramWorld(MemberService members, OrganizationService organizations, ProgramService programs,
            MembershipService memberships, CohortService cohorts, InvitationService invitations,
            InvitationTokens tokens) {
        this.members = members;
        this.organizations = organizations;
        this.programs = programs;
        this.memberships = memberships;
        this.cohorts = cohorts;
        this.invitations = invitations;
        this.tokens = tokens;
    }

    public Member member(String subject, String name, String email) {
        return members.signedIn(new SignedInIdentity(subject, subject, name, email, Set.of("member")));
    }

    /** Someone with a unique subject and email. */
    public Member someone(String name) {
        String subject = TestData.unique("world-" + name.toLowerCase());
        return member(subject, name, subject + "@example.org");
    }

    public static Caller caller(Member m) {
        return new Caller(m.id(), m.email(), false, Set.of());
    }

    private Caller platform() {
        Member ada = member("world-platform-admin", "Platform Admin", "platform-admin@example.org");
        return new Caller(ada.id(), ada.email(), true, Set.of());
    }

    /** A new organization with {@code admin} appointed. */
    public UUID organization(Member admin) {
        Caller platform = platform();
        UUID id = organizations.create(platform, TestData.unique("Org")).id();
        organizations.appoint(platform, id, admin.id(), null);
        return id;
    }

    public static ProgramRequest request(String audience, String eligibility, String eligibilityValue,
            LocalDate opens, LocalDate closes, List<ProgramQuestion> questions) {
        return new ProgramRequest(TestData.unique("Program"), "About the program", audience, "hybrid", eligibility,
                eligibilityValue, opens, closes, null, questions, 9, 21, null, null);
    }

    public ProgramDto program(Member admin, UUID organizationId, ProgramRequest request) {
        return programs.create(caller(admin), organizationId, request);
    }

    /** An open program anyone may join, in a new organization run by {@code admin}. */
    public ProgramDto openProgram(Member admin) {
        return program(admin, organization(admin), request("open", "email-domain", "example.org", null, null,
                List.of()));
    }

    public String joinCode(Member admin, UUID programId) {
        return programs.get(caller(admin), programId).joinCode();
    }

    public void join(Member admin, UUID programId, Member member, String role) {
        memberships.joinByLink(caller(member), joinCode(admin, programId), role);
    }

    public String invite(Member admin, UUID programId, String email, String role) {
        invitations.invite(caller(admin), programId, new InviteRequest(List.of(email), role), Locale.ENGLISH);
        return tokens.of(programId, email);
    }

    public CohortDto cohort(Member admin, UUID programId, String name, String state) {
        CohortDto cohort = cohorts.create(caller(admin), programId, new CohortService.NewCohort(name, null));
        return state.equals("draft") ? cohort : cohorts.moveTo(caller(admin), programId, cohort.id(), state);
    }
}
