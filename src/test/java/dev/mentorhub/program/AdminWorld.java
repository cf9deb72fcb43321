package dev.mentorhub.program;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Two organizations, each with its own admin and program, a plain member of program A, and the platform admin; the
 * people carry the fixed subjects the page tests sign in with (@OidcSecurity), the organizations and programs are new
 * for every call, so tests never see each other's data.
 */
@ApplicationScoped
public class AdminWorld {

    public static final String PLATFORM = "admin-pages-platform";
    public static final String ADMIN_A = "admin-pages-org-a";
    public static final String ADMIN_B = "admin-pages-org-b";
    public static final String MEMBER = "admin-pages-member";

    private final MemberService members;
    private final OrganizationService organizations;
    private final ProgramService programs;
    private final MembershipService memberships;

    AdminWorld(MemberService members, OrganizationService organizations, ProgramService programs,
            MembershipService memberships) {
        this.members = members;
        this.organizations = organizations;
        this.programs = programs;
        this.memberships = memberships;
    }

    public record World(Caller platform, Caller adminA, Caller adminB, Caller member, UUID orgA, UUID orgB,
            UUID programA, UUID programB) {
    }

    public World build() {
        Caller platform = caller(PLATFORM, "Pat Platform", true);
        Caller adminA = caller(ADMIN_A, "Alma Admin", false);
        Caller adminB = caller(ADMIN_B, "Bert Admin", false);
        Caller member = caller(MEMBER, "Mona Member", false);
        UUID orgA = organization(platform, adminA);
        UUID orgB = organization(platform, adminB);
        UUID programA = program(adminA, orgA, TestData.unique("Program A"));
        UUID programB = program(adminB, orgB, TestData.unique("Program B"));
        joinByLink(adminA, programA, member, "mentee");
        return new World(platform, adminA, adminB, member, orgA, orgB, programA, programB);
    }

    public Caller caller(String subject, String name, boolean platformAdmin) {
        Member m = members.signedIn(new SignedInIdentity(subject, subject, name, subject + "@pages.mentorhub.dev",
                Set.of("member")));
        return new Caller(m.id(), m.email(), platformAdmin, Set.of());
    }

    /** Someone new, signed in once. */
    public Caller person(String name) {
        return caller(TestData.unique("admin-pages-" + name.toLowerCase()), name, false);
    }

    public UUID organization(Caller platform, Caller admin) {
        UUID org = organizations.create(platform, TestData.unique("Org")).id();
        organizations.appoint(platform, org, admin.memberId(), null);
        return org;
    }

    public UUID program(Caller admin, UUID org, String name) {
        return programs.create(admin, org, new ProgramRequest(name, "About " + name, "restricted", "self-service",
                "invite-only", null, null, null, null, List.of(), null, null, null, null)).id();
    }

    public void joinByLink(Caller admin, UUID programId, Caller who, String role) {
        memberships.joinByLink(who, programs.get(admin, programId).joinCode(), role);
    }

    public ProgramDto program(Caller admin, UUID programId) {
        return programs.get(admin, programId);
    }

    /**
     * Reads in a new transaction, so the test sees what the pages committed rather than the entities its own
     * persistence context loaded earlier.
     */
    public static <T> T fresh(Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(read::get);
    }
}
