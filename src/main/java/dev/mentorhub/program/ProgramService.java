package dev.mentorhub.program;

import dev.mentorhub.audit.AuditEntry;
import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.Tokens;
import dev.mentorhub.common.persistence.Constraints;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.matching.engine.OrgChart;
import dev.mentorhub.matching.engine.ProgramRules;
import dev.mentorhub.matching.engine.Weights;
import dev.mentorhub.program.settings.ProgramJson;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.program.settings.ProgramSettings;
import dev.mentorhub.program.settings.ProgramValidator;
import dev.mentorhub.program.settings.ProgramWeights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Programs: organization admins create and change them; members and visitors see what their access allows. */
@ApplicationScoped
public class ProgramService {

    /** Program names are unique per organization, ignoring case (V14). */
    private static final String NAME_INDEX = "program_name_uk";

    private final ProgramRepository programs;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ProgramService(ProgramRepository programs, OrganizationRepository organizations, MembershipRepository memberships,
            ProgramAccess access, AuditLog audit, Clock clock) {
        this.programs = programs;
        this.organizations = organizations;
        this.memberships = memberships;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProgramDto create(Caller caller, UUID organizationId, ProgramRequest request) {
        Organization org = access.administeredOrganization(caller, organizationId);
        ProgramSettings settings = ProgramValidator.validate(request);
        if (programs.nameTaken(org.id(), settings.name(), null)) {
            throw duplicateName();
        }
        Program program = Program.create(org.id(), settings, Tokens.next(), clock.instant());
        programs.persist(program);
        // The check above gives the message; the index (any case) decides between two at once.
        Constraints.flushOr(programs.getEntityManager(), NAME_INDEX, ProgramService::duplicateName);
        audit.record(entry(caller, program, "program.created", "program", program.id().toString()), null, settings);
        return toDto(caller, program);
    }

    @Transactional
    public ProgramDto update(Caller caller, UUID programId, ProgramRequest request) {
        Program program = access.administered(caller, programId);
        ProgramSettings settings = ProgramValidator.validate(request);
        if (programs.nameTaken(program.organizationId(), settings.name(), program.id())) {
            throw duplicateName();
        }
        ProgramSettings before = program.settings();
        program.apply(settings, clock.instant());
        Constraints.flushOr(programs.getEntityManager(), NAME_INDEX, ProgramService::duplicateName);
        audit.record(entry(caller, program, "program.updated", "program", program.id().toString()), before, settings);
        return toDto(caller, program);
    }

    /** A new join link; the old one stops working at once. */
    @Transactional
    public ProgramDto rotateJoinCode(Caller caller, UUID programId) {
        Program program = access.administered(caller, programId);
        program.rotateJoinCode(Tokens.next(), clock.instant());
        audit.record(entry(caller, program, "program.join-link-rotated", "program", program.id().toString()), null,
                null);
        return toDto(caller, program);
    }

    public ProgramDto get(Caller caller, UUID programId) {
        return toDto(caller, access.visible(caller, programId));
    }

    /** A program the caller administers; anyone else is told it does not exist. */
    public ProgramDto administered(Caller caller, UUID programId) {
        return toDto(caller, access.administered(caller, programId));
    }

    public List<ProgramDto> list(Caller caller) {
        return toDtos(caller, access.visiblePrograms(caller));
    }

    /** The programs of one organization, for its admins. */
    public List<ProgramDto> ofOrganization(Caller caller, UUID organizationId) {
        Organization org = access.administeredOrganization(caller, organizationId);
        return toDtos(caller, programs.listByOrganization(org.id()));
    }

    /**
     * Who a program's suggestions come from, with which weights and rules; each member's answers to the questions
     * that feed matching, as {@code "question=answer"} tags (a multi-choice answer gives one tag per option chosen);
     * and, only where a rule needs them, members' departments and reporting lines (everyone above them).
     */
    public record MatchingScope(Set<UUID> memberIds, Weights weights, Map<UUID, Set<String>> answers,
            ProgramRules rules, Map<UUID, String> departments, Map<UUID, Set<UUID>> reportingLines) {
    }

    /**
     * The scope of suggestions inside a program, for one of its members: its active members, weights and rules.
     * Programs the caller may not see answer 404; seeing without belonging answers 409.
     */
    public MatchingScope matchingScope(Caller caller, UUID programId) {
        Program program = access.visible(caller, programId);
        if (!access.isMember(caller, program)) {
            throw new ProgramConflictException("not-a-member", "Join the program to get suggestions inside it.");
        }
        ProgramSettings settings = program.settings();
        Set<String> feeding = new HashSet<>();
        settings.questions().stream().filter(ProgramQuestion::feedsMatching).forEach(q -> feeding.add(q.id()));
        List<ProgramMembership> members = memberships.activeIn(program.id());
        Map<UUID, Set<String>> tags = new HashMap<>();
        Map<UUID, String> departments = new HashMap<>();
        Map<UUID, String> managerEmails = new HashMap<>();
        for (ProgramMembership m : members) {
            tags.put(m.memberId(), answerTags(m.answers(), feeding));
            if (settings.excludeSameDepartment() && m.department() != null) {
                departments.put(m.memberId(), m.department());
            }
            if (settings.excludeReportingLine() && m.managerEmail() != null) {
                managerEmails.put(m.memberId(), m.managerEmail().toLowerCase(Locale.ROOT));
            }
        }
        Map<UUID, Set<UUID>> lines = managerEmails.isEmpty() ? Map.of()
                : OrgChart.reportingLines(managerOf(managerEmails, memberships.activeMemberIdsByEmail(program.id())));
        ProgramRules rules = new ProgramRules(settings.excludeSameDepartment(), settings.excludeReportingLine());
        return new MatchingScope(tags.keySet(), weightsOf(program), tags, rules, departments, lines);
    }

    /** Each member's direct manager among the program's members; addresses of non-members lead nowhere. */
    private static Map<UUID, UUID> managerOf(Map<UUID, String> managerEmails, Map<String, UUID> idByEmail) {
        Map<UUID, UUID> managerOf = new HashMap<>();
        managerEmails.forEach((member, email) -> {
            UUID manager = idByEmail.get(email);
            if (manager != null) {
                managerOf.put(member, manager);
            }
        });
        return managerOf;
    }

    static java.util.Set<String> answerTags(String answersJson, java.util.Set<String> questions) {
        java.util.Set<String> tags = new java.util.TreeSet<>();
        ProgramJson.map(answersJson).forEach((question, answer) -> {
            if (questions.contains(question)) {
                if (answer instanceof java.util.Collection<?> chosen) {
                    chosen.forEach(option -> tags.add(question + "=" + String.valueOf(option).strip()
                            .toLowerCase(java.util.Locale.ROOT)));
                } else if (answer != null) {
                    tags.add(question + "=" + answer.toString().strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        return tags;
    }

    /** The matching weights a program uses: its own, or the engine's defaults. */
    public static Weights weightsOf(Program program) {
        ProgramWeights own = program.settings().weights();
        return own == null ? Weights.DEFAULT : own.toEngine();
    }

    public ProgramDto toDto(Caller caller, Program program) {
        return toDtos(caller, List.of(program)).get(0);
    }

    /**
     * Programs as the caller sees them, with three queries for the whole list (organization names, the caller's
     * administered organizations, the caller's memberships) rather than three per program.
     */
    private List<ProgramDto> toDtos(Caller caller, List<Program> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, String> orgNames = organizations.names(list.stream().map(Program::organizationId)
                .distinct().toList());
        java.util.Set<UUID> administered = caller.platformAdmin() ? java.util.Set.of()
                : organizations.administeredIds(caller.memberId());
        java.util.Map<UUID, ProgramRole> myRoles = new java.util.HashMap<>();
        memberships.activeOf(caller.memberId()).forEach(m -> myRoles.put(m.programId(), m.role()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(program -> {
            boolean admin = caller.platformAdmin() || administered.contains(program.organizationId());
            ProgramSettings s = program.settings();
            ProgramRole role = myRoles.get(program.id());
            return new ProgramDto(program.id(), program.organizationId(),
                    orgNames.getOrDefault(program.organizationId(), ""), s.name(), s.description(),
                    s.audience().slug(), s.matchingMode().slug(), s.eligibility().slug(),
                    admin ? s.eligibilityValue() : null, s.enrolmentOpensOn(), s.enrolmentClosesOn(),
                    program.enrolmentOpen(today), ProgramWeights.of(weightsOf(program)), s.questions(),
                    s.relationshipMonths(), s.checkInDays(), s.excludeSameDepartment(), s.excludeReportingLine(),
                    admin ? program.joinCode() : null,
                    role == null ? null : role.slug(), admin);
        }).toList();
    }

    private static ProgramConflictException duplicateName() {
        return new ProgramConflictException("duplicate-name", "This organization already has a program named so.");
    }

    public static AuditEntry entry(Caller caller, Program program, String action, String type, String target) {
        return new AuditEntry(caller.memberId(), program.organizationId(), program.id(), action, type, target);
    }
}
