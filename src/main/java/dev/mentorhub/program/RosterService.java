package dev.mentorhub.program;

import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A program's member list as its admins see and change it: search, one member, department and manager, role, and
 * removal (a removed member can come back only through a new invitation). Every change is audited.
 */
@ApplicationScoped
public class RosterService {

    private final ProgramAccess access;
    private final MembershipRepository memberships;
    private final MemberRepository members;
    private final AuditLog audit;
    private final Event<MembershipChanged> changes;
    private final Clock clock;

    RosterService(ProgramAccess access, MembershipRepository memberships, MemberRepository members, AuditLog audit,
            Event<MembershipChanged> changes, Clock clock) {
        this.access = access;
        this.memberships = memberships;
        this.members = members;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /** Of the given lower-case addresses, those of the program's active members. */
    public List<String> activeMemberEmails(UUID programId, Collection<String> emails) {
        return memberships.activeMemberEmails(programId, emails);
    }

    /** When an admin last removed the members with the given lower-case addresses, by address. */
    public Map<String, Instant> removedByEmail(UUID programId, Collection<String> emails) {
        return memberships.removedByEmail(programId, emails);
    }

    public PageDto<ProgramMemberDto> members(Caller caller, UUID programId, String search, PageRequest page) {
        Program program = access.administered(caller, programId);
        PanacheQuery<ProgramMembership> query = memberships.search(program.id(), search);
        List<ProgramMembership> rows = query.page(page.panache()).list();
        Map<UUID, Member> people = new LinkedHashMap<>();
        members.list("id in ?1", rows.stream().map(ProgramMembership::memberId).toList())
                .forEach(m -> people.put(m.id(), m));
        return page.result(rows.stream().map(r -> ProgramMemberDto.of(r, people.get(r.memberId()))).toList(),
                query.count());
    }

    /** One active member of a program, for its admins; anyone else, or a non-member, gets 404. */
    public ProgramMemberDto member(Caller caller, UUID programId, UUID memberId) {
        Program program = access.administered(caller, programId);
        return ProgramMemberDto.of(activeMembership(program, memberId), members.findById(memberId));
    }

    /**
     * Sets a member's department and manager's email (blank: unknown), all checked before anything is written; the
     * change is audited with the values before and after.
     */
    @Transactional
    public ProgramMemberDto changeOrg(Caller caller, UUID programId, UUID memberId, MemberOrgRequest request) {
        Program program = access.administered(caller, programId);
        ProgramMembership membership = activeMembership(program, memberId);
        Member member = members.findById(memberId);
        MemberOrgRequest after = (request == null ? MemberOrgRequest.UNKNOWN : request).cleaned(member.email());
        MemberOrgRequest before = new MemberOrgRequest(membership.department(), membership.managerEmail());
        membership.placeInOrg(after.department(), after.managerEmail());
        audit.record(ProgramService.entry(caller, program, "member.org-changed", "member", memberId.toString()),
                before, after);
        return ProgramMemberDto.of(membership, member);
    }

    @Transactional
    public void remove(Caller caller, UUID programId, UUID memberId) {
        Program program = access.administered(caller, programId);
        ProgramMembership membership = activeMembership(program, memberId);
        membership.remove(clock.instant());
        changes.fire(MembershipChanged.ended(program.id(), memberId));
        audit.record(ProgramService.entry(caller, program, "member.removed", "member", memberId.toString()),
                Map.of("role", membership.role().slug()), null);
    }

    @Transactional
    public ProgramMemberDto changeRole(Caller caller, UUID programId, UUID memberId, String roleSlug) {
        Program program = access.administered(caller, programId);
        ProgramMembership membership = activeMembership(program, memberId);
        ProgramRole before = membership.role();
        membership.changeRole(MembershipService.role(roleSlug));
        changes.fire(new MembershipChanged(program.id(), memberId, membership.role()));
        audit.record(ProgramService.entry(caller, program, "member.role-changed", "member", memberId.toString()),
                Map.of("role", before.slug()), Map.of("role", membership.role().slug()));
        return ProgramMemberDto.of(membership, members.findById(memberId));
    }

    private ProgramMembership activeMembership(Program program, UUID memberId) {
        return memberships.find(program.id(), memberId).filter(ProgramMembership::isActive)
                .orElseThrow(() -> new NotFoundException("member"));
    }
}
