package dev.mentorhub.program;

import dev.mentorhub.audit.AuditEventDto;
import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.RequestLocale;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Programs, membership and invitations. Ids of programs the caller may not see answer 404 everywhere (see
 * {@link ProgramAccess}).
 */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ProgramResource {

    private final ProgramService programs;
    private final MembershipService memberships;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    ProgramResource(ProgramService programs, MembershipService memberships, ProgramAccess access, AuditLog audit,
            CurrentMember currentMember, RequestLocale locale) {
        this.programs = programs;
        this.memberships = memberships;
        this.access = access;
        this.audit = audit;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    public record JoinByLink(String code, String role) {
    }

    public record RoleChange(String role) {
    }

    public record MembershipDto(UUID programId, String role, String source) {
        static MembershipDto of(ProgramMembership m) {
            return new MembershipDto(m.programId(), m.role().slug(), m.source().name().toLowerCase());
        }
    }

    @GET
    @Path("programs")
    @Operation(summary = "Programs I can see", description = "Open programs, mine, and those I administer.")
    public List<ProgramDto> list() {
        return programs.list(caller());
    }

    @GET
    @Path("programs/{id}")
    @APIResponse(responseCode = "404", description = "Unknown, or restricted to others")
    public ProgramDto one(@PathParam("id") UUID id) {
        return programs.get(caller(), id);
    }

    @PUT
    @Path("programs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a program (its admins)")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public ProgramDto update(@PathParam("id") UUID id, ProgramRequest body) {
        return programs.update(caller(), id, body);
    }

    @POST
    @Path("programs/{id}/join-code")
    @Operation(summary = "Replace the join link (its admins)", description = "The old link stops working.")
    public ProgramDto rotateJoinCode(@PathParam("id") UUID id) {
        return programs.rotateJoinCode(caller(), id);
    }

    @POST
    @Path("programs/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join with a join link's code", description = "Eligibility and the enrolment window apply.")
    @APIResponse(responseCode = "403", description = "Not eligible (email domain, group), or removed by an admin")
    @APIResponse(responseCode = "404", description = "Unknown code")
    @APIResponse(responseCode = "409", description = "Enrolment is closed")
    public MembershipDto joinByLink(JoinByLink body) {
        return MembershipDto.of(memberships.joinByLink(caller(), body == null ? null : body.code(),
                body == null ? null : body.role()));
    }

    @POST
    @Path("programs/{id}/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join a program I can see", description = "Not for invite-only programs.")
    @APIResponse(responseCode = "403", description = "Invite only, not eligible, or removed by an admin")
    public MembershipDto join(@PathParam("id") UUID id, RoleChange body) {
        return MembershipDto.of(memberships.joinOpen(caller(), id, body == null ? null : body.role()));
    }

    @POST
    @Path("programs/{id}/leave")
    @Operation(summary = "Leave a program")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "404", description = "Not a member")
    public void leave(@PathParam("id") UUID id) {
        memberships.leave(caller(), id);
    }

    @GET
    @Path("programs/mine")
    @Operation(summary = "The programs I belong to, with my role")
    public List<MembershipDto> mine() {
        return memberships.myMemberships(caller()).stream().map(MembershipDto::of).toList();
    }

    @GET
    @Path("programs/{id}/answers")
    @Operation(summary = "My answers to the program's extra questions")
    @APIResponse(responseCode = "409", description = "Not a member of the program")
    public Map<String, Object> answers(@PathParam("id") UUID id) {
        return memberships.answers(caller(), id);
    }

    @PUT
    @Path("programs/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace my answers to the program's extra questions",
            description = "Body: {\"questionId\": \"answer\" | [\"option\", ...]}. A single choice is one option, a "
                    + "multi choice some of them, a short text at most 300 characters; blank answers are left out.")
    @APIResponse(responseCode = "400", description = "Invalid answers, each named (answers.<questionId>)")
    @APIResponse(responseCode = "409", description = "Not a member of the program")
    public Map<String, Object> saveAnswers(@PathParam("id") UUID id, Map<String, Object> body) {
        return memberships.saveAnswers(caller(), id, body);
    }

    @POST
    @Path("invitations/{token}/accept")
    @Operation(summary = "Accept an invitation sent to my email", description = "A token admits once, until it "
            + "expires (mentorhub.invitations.expire-after); accepting again while a member answers the membership.")
    @APIResponse(responseCode = "403", description = "Sent before an admin removed me (removed-by-admin)")
    @APIResponse(responseCode = "404", description = "Unknown, or addressed to someone else")
    @APIResponse(responseCode = "410", description = "Used already (invitation-used) or expired (invitation-expired)")
    public MembershipDto accept(@PathParam("token") String token) {
        return MembershipDto.of(memberships.acceptInvitation(caller(), token));
    }

    @POST
    @Path("programs/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite people by email (its admins)", description = "Already invited addresses are skipped.")
    @APIResponse(responseCode = "400", description = "Bad addresses, each named")
    @APIResponse(responseCode = "429", description = "The organization's daily invitation limit would be passed; "
            + "nobody was invited; Retry-After says in how many seconds")
    public InviteResult invite(@PathParam("id") UUID id, InviteRequest body) {
        return memberships.invite(caller(), id, body, locale.locale());
    }

    @GET
    @Path("programs/{id}/invitations")
    @Operation(summary = "Invitations of a program (its admins)")
    public PageDto<InvitationDto> invitations(@PathParam("id") UUID id, @RestQuery Integer page,
            @RestQuery Integer size) {
        return memberships.invitations(caller(), id, PageRequest.of(page, size, 20));
    }

    @GET
    @Path("programs/{id}/members")
    @Operation(summary = "Members of a program (its admins)", description = "q searches name, username and email.")
    public PageDto<ProgramMemberDto> members(@PathParam("id") UUID id, @RestQuery String q, @RestQuery Integer page,
            @RestQuery Integer size) {
        return memberships.members(caller(), id, q, PageRequest.of(page, size, 20));
    }

    @PUT
    @Path("programs/{id}/members/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member's role in the program (its admins)")
    public ProgramMemberDto changeRole(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            RoleChange body) {
        return memberships.changeRole(caller(), id, memberId, body == null ? null : body.role());
    }

    @PUT
    @Path("programs/{id}/members/{memberId}/org")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a member's department and manager (its admins)",
            description = "Body: {\"department\": \"...\", \"managerEmail\": \"...\"}; blank or missing means "
                    + "unknown. Department at most 200 characters; the manager's email an address that is not the "
                    + "member's own. Used by the program's matching rules (same department, reporting line).")
    @APIResponse(responseCode = "200", description = "The member with the new values")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named (department, managerEmail)")
    @APIResponse(responseCode = "404", description = "Unknown program or member, or not mine to administer")
    public ProgramMemberDto changeOrg(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            MemberOrgRequest body) {
        return memberships.changeOrg(caller(), id, memberId, body);
    }

    @DELETE
    @Path("programs/{id}/members/{memberId}")
    @Operation(summary = "Remove a member from the program (its admins)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        memberships.remove(caller(), id, memberId);
    }

    @GET
    @Path("programs/{id}/audit")
    @Operation(summary = "The program's audit log (its admins)", description = "Newest first.")
    public PageDto<AuditEventDto> audit(@PathParam("id") UUID id, @RestQuery Integer page, @RestQuery Integer size) {
        Program program = access.administered(caller(), id);
        return audit.forProgram(program.id(), PageRequest.of(page, size, 50));
    }

    private Caller caller() {
        return Caller.of(currentMember);
    }
}
