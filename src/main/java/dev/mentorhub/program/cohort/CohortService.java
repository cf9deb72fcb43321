package dev.mentorhub.program.cohort;

import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.persistence.Constraints;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.program.MembershipChanged;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.ProgramConflictException;
import dev.mentorhub.program.ProgramMembership;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.program.ProgramService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Cohorts and their state machine. Admins create cohorts and move them forward; the guards that need data live here:
 * matching needs at least one mentor and one mentee enrolled, and members enrol only while a cohort is enrolling.
 */
@ApplicationScoped
public class CohortService {

    private final ProgramAccess access;
    private final CohortRepository cohorts;
    private final MembershipService memberships;
    private final AuditLog audit;
    private final Clock clock;

    CohortService(ProgramAccess access, CohortRepository cohorts, MembershipService memberships, AuditLog audit,
            Clock clock) {
        this.access = access;
        this.cohorts = cohorts;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewCohort(String name, LocalDate enrolmentClosesOn) {
    }

    @Transactional
    public CohortDto create(Caller caller, UUID programId, NewCohort request) {
        Program program = access.administered(caller, programId);
        String name = request == null || request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException(List.of(new FieldError("name", "must be 1-200 characters")));
        }
        if (cohorts.nameTaken(program.id(), name)) {
            throw duplicateName();
        }
        Cohort cohort = Cohort.draft(program.id(), name, request.enrolmentClosesOn(), clock.instant());
        cohorts.persist(cohort);
        // The check above gives the message; the index (any case) decides between two at once.
        Constraints.flushOr(cohorts.getEntityManager(), "cohort_name_uk", CohortService::duplicateName);
        audit.record(ProgramService.entry(caller, program, "cohort.created", "cohort", cohort.id().toString()), null,
                Map.of("name", name, "state", cohort.state().slug()));
        return toDto(caller, cohort);
    }

    /** Admins see every cohort; members see the ones past draft. */
    public List<CohortDto> list(Caller caller, UUID programId) {
        Program program = access.visible(caller, programId);
        boolean admin = access.administers(caller, program);
        return cohorts.ofProgram(program.id()).stream().filter(c -> admin || c.state() != CohortState.DRAFT)
                .map(c -> toDto(caller, c)).toList();
    }

    public CohortDto get(Caller caller, UUID programId, UUID cohortId) {
        Program program = access.visible(caller, programId);
        Cohort cohort = cohortOf(program, cohortId);
        if (cohort.state() == CohortState.DRAFT && !access.administers(caller, program)) {
            throw new NotFoundException("cohort");
        }
        return toDto(caller, cohort);
    }

    @Transactional
    public CohortDto moveTo(Caller caller, UUID programId, UUID cohortId, String stateSlug) {
        Program program = access.administered(caller, programId);
        Cohort cohort = cohortOf(program, cohortId);
        CohortState target = Slugged.parse(CohortState.class, stateSlug).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("state", "must be one of draft, enrolling, matching, active, closed"))));
        if (target == CohortState.MATCHING) {
            Map<ProgramRole, Long> counts = cohorts.enrolmentCounts(cohort.id());
            long mentors = counts.getOrDefault(ProgramRole.MENTOR, 0L) + counts.getOrDefault(ProgramRole.BOTH, 0L);
            long mentees = counts.getOrDefault(ProgramRole.MENTEE, 0L) + counts.getOrDefault(ProgramRole.BOTH, 0L);
            if (mentors == 0 || mentees == 0) {
                throw new ProgramConflictException("cohort-state", "Matching needs at least one mentor and one mentee "
                        + "enrolled; this cohort has " + mentors + " mentor(s) and " + mentees + " mentee(s).");
            }
        }
        CohortState before = cohort.state();
        cohort.moveTo(target, clock.instant());
        audit.record(ProgramService.entry(caller, program, "cohort.moved", "cohort", cohort.id().toString()),
                Map.of("state", before.slug()), Map.of("state", target.slug()));
        return toDto(caller, cohort);
    }

    /**
     * Enrols the caller, who must belong to the program, in a cohort that is enrolling, in a role within their
     * program role (a program mentee enrols as mentee, a mentor as mentor, "both" as any); without a role, as their
     * program role.
     */
    @Transactional
    public CohortDto enrol(Caller caller, UUID programId, UUID cohortId, String roleSlug) {
        Program program = access.visible(caller, programId);
        Cohort cohort = cohortOf(program, cohortId);
        ProgramMembership membership = memberships.membership(program.id(), caller.memberId())
                .filter(ProgramMembership::isActive).orElseThrow(() -> new ProgramConflictException("not-a-member",
                        "Join the program before enrolling in one of its cohorts."));
        if (!cohort.acceptsEnrolment(LocalDate.now(clock))) {
            throw new ProgramConflictException("cohort-not-enrolling", "This cohort is not taking enrolments.");
        }
        ProgramRole role = roleSlug == null || roleSlug.isBlank() ? membership.role()
                : Slugged.parse(ProgramRole.class, roleSlug).orElseThrow(() -> new InvalidInputException(
                        List.of(new FieldError("role", "must be mentee, mentor or both"))));
        if (membership.role() != ProgramRole.BOTH && role != membership.role()) {
            throw new ProgramConflictException("cohort-role", "You are a " + membership.role().slug()
                    + " in this program, so you can enrol in its cohorts only as a " + membership.role().slug() + ".");
        }
        cohorts.enrol(cohort.id(), caller.memberId(), role, clock.instant());
        return toDto(caller, cohort);
    }

    @Transactional
    public CohortDto unenrol(Caller caller, UUID programId, UUID cohortId) {
        Program program = access.visible(caller, programId);
        Cohort cohort = cohortOf(program, cohortId);
        if (cohort.state() != CohortState.ENROLLING) {
            throw new ProgramConflictException("cohort-not-enrolling", "Enrolment can only change while enrolling.");
        }
        if (!cohorts.unenrol(cohort.id(), caller.memberId())) {
            throw new NotFoundException("enrolment");
        }
        return toDto(caller, cohort);
    }

    /**
     * Follows the member's program membership into the cohorts that have not started: a member who left or was removed
     * is unenrolled, a member whose role narrowed keeps only that role there.
     */
    void onMembershipChanged(@Observes MembershipChanged change) {
        if (change.ended()) {
            cohorts.unenrolFromOpenCohorts(change.programId(), change.memberId());
        } else {
            cohorts.narrowOpenEnrolments(change.programId(), change.memberId(), change.role());
        }
    }

    private static ProgramConflictException duplicateName() {
        return new ProgramConflictException("duplicate-name", "This program already has a cohort named so.");
    }

    private Cohort cohortOf(Program program, UUID cohortId) {
        Cohort cohort = cohortId == null ? null : cohorts.findById(cohortId);
        if (cohort == null || !cohort.programId().equals(program.id())) {
            throw new NotFoundException("cohort");
        }
        return cohort;
    }

    private CohortDto toDto(Caller caller, Cohort c) {
        Map<ProgramRole, Long> counts = cohorts.enrolmentCounts(c.id());
        return new CohortDto(c.id(), c.programId(), c.name(), c.state().slug(),
                c.state().next().stream().sorted().map(CohortState::slug).toList(), c.enrolmentClosesOn(),
                counts.getOrDefault(ProgramRole.MENTEE, 0L), counts.getOrDefault(ProgramRole.MENTOR, 0L),
                counts.getOrDefault(ProgramRole.BOTH, 0L), cohorts.isEnrolled(c.id(), caller.memberId()),
                c.createdAt(), c.stateChangedAt());
    }
}
