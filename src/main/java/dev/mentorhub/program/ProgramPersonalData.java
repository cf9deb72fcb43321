package dev.mentorhub.program;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * What programs hold about a member: memberships (with answers, department and manager), invitations to their
 * address, the organizations they administer and their cohort enrolments; for the data export and account deletion.
 */
@ApplicationScoped
class ProgramPersonalData implements PersonalData {

    record MembershipExport(UUID programId, String programName, String role, String source,
            Map<String, Object> answers, String department, String managerEmail, Instant joinedAt, Instant leftAt) {
    }

    record InvitationExport(UUID programId, String programName, String email, String displayName, String role,
            String source, Map<String, Object> details, Instant invitedAt, Instant acceptedAt) {
    }

    record AdministeredExport(UUID organizationId, String name) {
    }

    record EnrolmentExport(UUID cohortId, String cohortName, UUID programId, String role, Instant enrolledAt) {
    }

    private final MembershipService membershipService;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final ProgramRepository programs;
    private final OrganizationRepository organizations;
    private final Outbox outbox;
    private final Mails mails;
    private final EntityManager em;

    ProgramPersonalData(MembershipService membershipService, MembershipRepository memberships,
            InvitationRepository invitations, ProgramRepository programs, OrganizationRepository organizations,
            Outbox outbox, Mails mails, EntityManager em) {
        this.membershipService = membershipService;
        this.memberships = memberships;
        this.invitations = invitations;
        this.programs = programs;
        this.organizations = organizations;
        this.outbox = outbox;
        this.mails = mails;
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        List<MembershipExport> joined = memberships.allOf(me.id()).stream()
                .map(m -> new MembershipExport(m.programId(), programs.findById(m.programId()).name(),
                        m.role().slug(), m.source().name().toLowerCase(Locale.ROOT), ProgramJson.map(m.answers()),
                        m.department(), m.managerEmail(), m.joinedAt(), m.leftAt()))
                .toList();
        List<InvitationExport> invited = invitations.addressedTo(me.id(), me.email()).stream()
                .map(i -> new InvitationExport(i.programId(), programs.findById(i.programId()).name(), i.email(),
                        i.displayName(), i.role().slug(), i.source().name().toLowerCase(Locale.ROOT),
                        ProgramJson.map(i.details()), i.invitedAt(), i.acceptedAt()))
                .toList();
        List<AdministeredExport> administered = organizations.listAdministeredBy(me.id()).stream()
                .map(o -> new AdministeredExport(o.id(), o.name())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.name, c.program_id, e.role, e.enrolled_at from cohort_enrolment e
                join cohort c on c.id = e.cohort_id where e.member_id = :id order by e.enrolled_at
                """).unwrap(NativeQuery.class).addScalar("id", UUID.class).addScalar("name", String.class)
                .addScalar("program_id", UUID.class).addScalar("role", String.class)
                .addScalar("enrolled_at", Instant.class).setParameter("id", me.id()).getResultList();
        List<EnrolmentExport> enrolled = rows.stream().map(r -> new EnrolmentExport((UUID) r[0], (String) r[1],
                (UUID) r[2], ((String) r[3]).toLowerCase(Locale.ROOT), (Instant) r[4])).toList();
        return Map.of("programs", Map.of("memberships", joined, "invitations", invited,
                "organizationsAdministered", administered, "cohortEnrolments", enrolled));
    }

    /**
     * Leaves every program the ordinary way, clears the answers, department and manager of every membership (the rows
     * stay, with their dates, for the dashboards), clears the member's address where it is another member's manager,
     * and deletes their organization-admin rows, cohort enrolments and invitations (to their address, or accepted
     * by them; their mail goes with the member's mail). Mail of invitations they sent is rewritten without them.
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
        invitations.addressedTo(id, deleted.email()).forEach(invitations::delete);
        // Invitations they sent stay (the program sent them), but their mail no longer names them as the inviter.
        for (Invitation invitation : invitations.list("invitedBy", id)) {
            String program = programs.findById(invitation.programId()).name();
            // The key and the fallback inviter name MembershipService.inviteAll uses.
            outbox.rewriteOrForget("invitation:" + invitation.id(),
                    locale -> mails.invitation(locale, program, "MentorHub", invitation.token()));
        }
        organizations.dismissEverywhere(id);
        em.createNativeQuery("delete from cohort_enrolment where member_id = :id").setParameter("id", id)
                .executeUpdate();
    }
}
