package dev.mentorhub.program;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.AdminAreas;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.program.settings.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The tenant gate: every program-scoped service call starts here. Anything the caller may not see answers
 * {@link NotFoundException}, whether or not it exists. Platform admins see everything; organization admins see their
 * organization's programs; members see open programs and the programs they belong to.
 */
@ApplicationScoped
public class ProgramAccess implements AdminAreas {

    private final OrganizationRepository organizations;
    private final ProgramRepository programs;
    private final MembershipRepository memberships;

    ProgramAccess(OrganizationRepository organizations, ProgramRepository programs, MembershipRepository memberships) {
        this.organizations = organizations;
        this.programs = programs;
        this.memberships = memberships;
    }

    /** An organization the caller administers (platform admins administer all). */
    public Organization administeredOrganization(Caller caller, UUID organizationId) {
        Organization org = organizationId == null ? null : organizations.findById(organizationId);
        if (org == null || !(caller.platformAdmin() || organizations.isAdmin(org.id(), caller.memberId()))) {
            throw new NotFoundException("organization");
        }
        return org;
    }

    /** A program the caller administers. */
    public Program administered(Caller caller, UUID programId) {
        Program program = programId == null ? null : programs.findById(programId);
        if (program == null || !administers(caller, program)) {
            throw new NotFoundException("program");
        }
        return program;
    }

    /** A program the caller may see: open, or they belong to it, or they administer it. */
    public Program visible(Caller caller, UUID programId) {
        Program program = programId == null ? null : programs.findById(programId);
        if (program == null || !(program.audience() == Audience.OPEN || isMember(caller, program)
                || administers(caller, program))) {
            throw new NotFoundException("program");
        }
        return program;
    }

    /**
     * A program by id without asking who wants it: only for code that reached it through something the caller may
     * see already (their invitation, their membership).
     */
    public Program reachedThrough(UUID programId) {
        return programs.findByIdOptional(programId).orElseThrow(() -> new NotFoundException("program"));
    }

    public boolean administers(Caller caller, Program program) {
        return caller.platformAdmin() || organizations.isAdmin(program.organizationId(), caller.memberId());
    }

    public boolean isMember(Caller caller, Program program) {
        return memberships.isActiveMember(program.id(), caller.memberId());
    }

    public List<Program> visiblePrograms(Caller caller) {
        return caller.platformAdmin() ? programs.listAllByName() : programs.listVisibleTo(caller.memberId());
    }

    /** Whether the caller administers any organization (or the platform): decides whether admin pages show. */
    @Override
    public boolean isAnyAdmin(Caller caller) {
        return caller.platformAdmin() || organizations.administersAny(caller.memberId());
    }
}
