package dev.mentorhub.program;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.program.settings.Eligibility;
import dev.mentorhub.program.settings.ProgramJson;
import dev.mentorhub.program.settings.ProgramSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How members get into a program and out of it: join links, open joining, admission through an accepted invitation
 * ({@code invitation.InvitationService}), answers to the program's questions, and leaving. The admin's side of the
 * member list is {@link RosterService}; whoever holds a program's cohorts hears of a membership ending or changing
 * role through {@link MembershipChanged}, in the same transaction.
 */
@ApplicationScoped
public class MembershipService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}$");

    private final ProgramAccess access;
    private final ProgramRepository programs;
    private final MembershipRepository memberships;
    private final Event<MembershipChanged> changes;
    private final Clock clock;

    MembershipService(ProgramAccess access, ProgramRepository programs, MembershipRepository memberships,
            Event<MembershipChanged> changes, Clock clock) {
        this.access = access;
        this.programs = programs;
        this.memberships = memberships;
        this.changes = changes;
        this.clock = clock;
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.trim()).matches();
    }

    /** Joins through the program's join link: the code stands in for an invitation, eligibility still applies. */
    @Transactional
    public MembershipDto joinByLink(Caller caller, String code, String role) {
        Program program = (code == null ? null : programs.findByJoinCode(code).orElse(null));
        if (program == null) {
            throw new UnknownJoinLinkException();
        }
        return MembershipDto.of(join(caller, program, role, JoinSource.LINK));
    }

    /** Joins an open program from its page; invite-only programs need the link or an invitation. */
    @Transactional
    public MembershipDto joinOpen(Caller caller, UUID programId, String role) {
        Program program = access.visible(caller, programId);
        if (program.eligibility() == Eligibility.INVITE_ONLY && !access.isMember(caller, program)) {
            throw NotEligibleException.inviteOnly();
        }
        return MembershipDto.of(join(caller, program, role, JoinSource.SELF));
    }

    private ProgramMembership join(Caller caller, Program program, String roleSlug, JoinSource source) {
        ProgramRole role = role(roleSlug);
        if (memberships.find(program.id(), caller.memberId()).filter(m -> m.removedSince(null)).isPresent()) {
            throw new RemovedByAdminException();
        }
        checkEligible(caller, program);
        if (!program.enrolmentOpen(LocalDate.now(clock))) {
            throw new ProgramConflictException("enrolment-closed", "Enrolment in this program is closed.");
        }
        return admit(program.id(), caller.memberId(), role, source, clock.instant());
    }

    /** What a join link leads to, for the page that offers to join; unknown codes answer 404. */
    public record JoinPreview(UUID programId, String name, String description, Eligibility eligibility,
            String eligibilityValue, boolean enrolmentOpen, boolean member) {
    }

    public JoinPreview joinPreview(Caller caller, String code) {
        Program program = (code == null ? null : programs.findByJoinCode(code).orElse(null));
        if (program == null) {
            throw new UnknownJoinLinkException();
        }
        ProgramSettings s = program.settings();
        return new JoinPreview(program.id(), s.name(), s.description(), s.eligibility(), s.eligibilityValue(),
                program.enrolmentOpen(LocalDate.now(clock)), access.isMember(caller, program));
    }

    /** My answers to the program's extra questions ({@code {"questionId": "answer" | ["a", "b"]}}). */
    public Map<String, Object> answers(Caller caller, UUID programId) {
        Program program = access.visible(caller, programId);
        return ProgramJson.map(myMembership(caller, program).answers());
    }

    /**
     * Replaces my answers to the program's extra questions, after checking each against its question (see
     * {@link ProgramAnswers}); on any invalid answer nothing is stored.
     */
    @Transactional
    public Map<String, Object> saveAnswers(Caller caller, UUID programId, Map<String, ?> answers) {
        Program program = access.visible(caller, programId);
        ProgramMembership membership = myMembership(caller, program);
        Map<String, Object> clean = ProgramAnswers.validate(program.settings().questions(), answers);
        membership.answer(ProgramJson.write(clean));
        return clean;
    }

    private ProgramMembership myMembership(Caller caller, Program program) {
        return memberships.find(program.id(), caller.memberId()).filter(ProgramMembership::isActive)
                .orElseThrow(() -> new ProgramConflictException("not-a-member",
                        "Join the program before answering its questions."));
    }

    /** The member's membership row in a program, active or not (left, removed). */
    public Optional<ProgramMembership> membership(UUID programId, UUID memberId) {
        return memberships.find(programId, memberId);
    }

    /**
     * Admits a member through an invitation its addressee accepted: in the program with the invitation's role, and
     * placed in the department and under the manager it names unless an admin has placed them already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgramMembership admitInvited(UUID programId, UUID memberId, ProgramRole role, JoinSource source,
            String department, String managerEmail) {
        ProgramMembership membership = admit(programId, memberId, role, source, clock.instant());
        if (membership.department() == null && membership.managerEmail() == null) {
            membership.placeInOrg(department, managerEmail);
        }
        return membership;
    }

    private ProgramMembership admit(UUID programId, UUID memberId, ProgramRole role, JoinSource source, Instant now) {
        ProgramMembership existing = memberships.find(programId, memberId).orElse(null);
        if (existing == null) {
            memberships.insertIfAbsent(ProgramMembership.join(programId, memberId, role, source, now));
            return memberships.find(programId, memberId).orElseThrow();
        }
        if (!existing.isActive()) {
            existing.rejoin(role, source, now);
        }
        return existing;
    }

    @Transactional
    public void leave(Caller caller, UUID programId) {
        ProgramMembership membership = memberships.find(programId, caller.memberId())
                .filter(ProgramMembership::isActive).orElseThrow(() -> new NotFoundException("program"));
        membership.leave(clock.instant());
        changes.fire(MembershipChanged.ended(programId, caller.memberId()));
    }

    public List<MembershipDto> myMemberships(Caller caller) {
        return memberships.activeOf(caller.memberId()).stream().map(MembershipDto::of).toList();
    }

    private static void checkEligible(Caller caller, Program program) {
        switch (program.eligibility()) {
            case EMAIL_DOMAIN -> {
                if (!caller.emailDomain().equals(program.eligibilityValue())) {
                    throw NotEligibleException.emailDomain(program.eligibilityValue());
                }
            }
            case KEYCLOAK_GROUP -> {
                String group = program.eligibilityValue();
                String withSlash = group.startsWith("/") ? group : "/" + group;
                if (!caller.groups().contains(group) && !caller.groups().contains(withSlash)
                        && !caller.groups().contains(withSlash.substring(1))) {
                    throw NotEligibleException.group(group);
                }
            }
            case INVITE_ONLY -> {
                // The join link or the invitation is the permission.
            }
        }
    }

    static ProgramRole role(String slug) {
        if (slug == null || slug.isBlank()) {
            return ProgramRole.MENTEE;
        }
        return Slugged.parse(ProgramRole.class, slug).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("role", "must be mentee, mentor or both"))));
    }
}
