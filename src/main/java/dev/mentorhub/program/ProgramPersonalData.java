package dev.mentorhub.program;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import dev.mentorhub.program.settings.ProgramJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What programs hold about a member: memberships (with answers, department and manager) and the organizations they
 * administer, in the export's {@code programs} section (invitations and cohort enrolments add theirs to it); for the
 * data export and account deletion.
 */
@ApplicationScoped
class ProgramPersonalData implements PersonalData {

    record MembershipExport(UUID programId, String programName, String role, String source,
            Map<String, Object> answers, String department, String managerEmail, Instant joinedAt, Instant leftAt) {
    }

    record AdministeredExport(UUID organizationId, String name) {
    }

    private final MembershipService membershipService;
    private final MembershipRepository memberships;
    private final ProgramRepository programs;
    private final OrganizationRepository organizations;

    ProgramPersonalData(MembershipService membershipService, MembershipRepository memberships,
            ProgramRepository programs, OrganizationRepository organizations) {
        this.membershipService = membershipService;
        this.memberships = memberships;
        this.programs = programs;
        this.organizations = organizations;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        List<MembershipExport> joined = memberships.allOf(me.id()).stream()
                .map(m -> new MembershipExport(m.programId(), programs.findById(m.programId()).name(),
                        m.role().slug(), m.source().name().toLowerCase(Locale.ROOT), ProgramJson.map(m.answers()),
                        m.department(), m.managerEmail(), m.joinedAt(), m.leftAt()))
                .toList();
        List<AdministeredExport> administered = organizations.listAdministeredBy(me.id()).stream()
                .map(o -> new AdministeredExport(o.id(), o.name())).toList();
        return Map.of("programs", Map.of("memberships", joined, "organizationsAdministered", administered));
    }

    /**
     * Leaves every program the ordinary way, clears the answers, department and manager of every membership (the rows
     * stay, with their dates, for the dashboards), clears the member's address where it is another member's manager,
     * and deletes their organization-admin rows.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        UUID id = deleted.id();
        Caller caller = new Caller(id, deleted.email(), false, Set.of());
        for (ProgramMembership membership : memberships.activeOf(id)) {
            membershipService.leave(caller, membership.programId());
        }
        memberships.allOf(id).forEach(ProgramMembership::forget);
        if (deleted.email() != null) {
            memberships.update("managerEmail = null where lower(managerEmail) = ?1",
                    deleted.email().toLowerCase(Locale.ROOT));
        }
        organizations.dismissEverywhere(id);
    }
}
