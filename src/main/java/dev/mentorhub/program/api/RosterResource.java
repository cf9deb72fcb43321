package dev.mentorhub.program.api;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.program.MemberOrgRequest;
import dev.mentorhub.program.ProgramMemberDto;
import dev.mentorhub.program.RosterService;
import dev.mentorhub.program.invitation.InvitationDto;
import dev.mentorhub.program.invitation.InvitationService;
import dev.mentorhub.program.invitation.InviteRequest;
import dev.mentorhub.program.invitation.InviteResult;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

/** A program's people, for its admins: invitations, the member list, roles, department and manager, removal. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class RosterResource {

    private final RosterService roster;
    private final InvitationService invitations;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    RosterResource(RosterService roster, InvitationService invitations, CurrentMember currentMember,
            RequestLocale locale) {
        this.roster = roster;
        this.invitations = invitations;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    @POST
    @Path("programs/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite people by email (its admins)", description = "Already invited addresses are skipped.")
    @APIResponse(responseCode = "400", description = "Bad addresses, each named")
    @APIResponse(responseCode = "429", description = "The organization's daily invitation limit would be passed; "
            + "nobody was invited; Retry-After says in how many seconds")
    public InviteResult invite(@PathParam("id") UUID id, InviteRequest body) {
        return invitations.invite(currentMember.caller(), id, body, locale.locale());
    }

    @GET
    @Path("programs/{id}/invitations")
    @Operation(summary = "Invitations of a program (its admins)")
    public PageDto<InvitationDto> invitations(@PathParam("id") UUID id, @RestQuery Integer page,
            @RestQuery Integer size) {
        return invitations.invitations(currentMember.caller(), id, PageRequest.of(page, size, 20));
    }

    @GET
    @Path("programs/{id}/members")
    @Operation(summary = "Members of a program (its admins)", description = "q searches name, username and email.")
    public PageDto<ProgramMemberDto> members(@PathParam("id") UUID id, @RestQuery String q, @RestQuery Integer page,
            @RestQuery Integer size) {
        return roster.members(currentMember.caller(), id, q, PageRequest.of(page, size, 20));
    }

    @PUT
    @Path("programs/{id}/members/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member's role in the program (its admins)")
    public ProgramMemberDto changeRole(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            RoleChange body) {
        return roster.changeRole(currentMember.caller(), id, memberId, body == null ? null : body.role());
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
        return roster.changeOrg(currentMember.caller(), id, memberId, body);
    }

    @DELETE
    @Path("programs/{id}/members/{memberId}")
    @Operation(summary = "Remove a member from the program (its admins)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        roster.remove(currentMember.caller(), id, memberId);
    }
}
