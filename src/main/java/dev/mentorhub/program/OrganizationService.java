package dev.mentorhub.program;

import dev.mentorhub.audit.AuditEntry;
import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organizations and their admins: platform admins create organizations and appoint (or dismiss) their admins. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, MemberRepository members, ProgramAccess access,
            AuditLog audit, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OrganizationDto create(Caller caller, String name) {
        requirePlatformAdmin(caller);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new InvalidInputException(List.of(new FieldError("name", "must be 1-200 characters")));
        }
        if (organizations.nameTaken(clean)) {
            throw new ProgramConflictException("duplicate-name", "An organization with this name exists.");
        }
        Organization org = Organization.create(clean, clock.instant());
        organizations.persist(org);
        audit.record(entry(caller, org.id(), "organization.created", "organization", org.id().toString()), null,
                Map.of("name", clean));
        return toDto(org);
    }

    /** All organizations for platform admins; the ones they administer for everyone else. */
    public List<OrganizationDto> list(Caller caller) {
        List<Organization> found = caller.platformAdmin() ? organizations.listByName(0, 500)
                : organizations.listAdministeredBy(caller.memberId());
        return found.stream().map(this::toDto).toList();
    }

    public OrganizationDto get(Caller caller, UUID id) {
        return toDto(access.administeredOrganization(caller, id));
    }

    /** Appoints a member, named by id or by email, as an admin of the organization. */
    @Transactional
    public OrganizationDto appoint(Caller caller, UUID organizationId, UUID memberId, String email) {
        requirePlatformAdmin(caller);
        Organization org = access.administeredOrganization(caller, organizationId);
        Member member = (memberId != null ? members.findLive(memberId)
                : email != null && !email.isBlank() ? members.findLiveByEmail(email) : java.util.Optional.<Member>empty())
                .orElseThrow(() -> new NotFoundException("member"));
        if (organizations.appoint(org.id(), member.id(), clock.instant())) {
            audit.record(entry(caller, org.id(), "organization.admin-appointed", "member", member.id().toString()),
                    null, Map.of("admin", member.displayName()));
        }
        return toDto(org);
    }

    @Transactional
    public void dismiss(Caller caller, UUID organizationId, UUID memberId) {
        requirePlatformAdmin(caller);
        Organization org = access.administeredOrganization(caller, organizationId);
        if (!organizations.dismiss(org.id(), memberId)) {
            throw new NotFoundException("admin");
        }
        audit.record(entry(caller, org.id(), "organization.admin-dismissed", "member", memberId.toString()),
                Map.of("admin", memberId.toString()), null);
    }

    private OrganizationDto toDto(Organization org) {
        List<UUID> adminIds = organizations.adminIds(org.id());
        Map<UUID, String> names = members.displayNames(adminIds);
        return new OrganizationDto(org.id(), org.name(), org.createdAt(),
                adminIds.stream().map(id -> new OrganizationDto.Person(id, names.get(id))).toList());
    }

    private static AuditEntry entry(Caller caller, UUID orgId, String action, String type, String target) {
        return new AuditEntry(caller.memberId(), orgId, null, action, type, target);
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException();
        }
    }
}
