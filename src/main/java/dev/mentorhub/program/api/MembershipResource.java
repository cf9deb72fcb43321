package dev.mentorhub.program.api;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.MembershipDto;
import dev.mentorhub.program.invitation.InvitationService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
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

/** My side of programs: joining (by link or openly), leaving, my answers, and accepting an invitation. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class MembershipResource {

    private final MembershipService memberships;
    private final InvitationService invitations;
    private final CurrentMember currentMember;

    MembershipResource(MembershipService memberships, InvitationService invitations, CurrentMember currentMember) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.currentMember = currentMember;
    }

    public record JoinByLink(String code, String role) {
    }

    @POST
    @Path("programs/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join with a join link's code", description = "Eligibility and the enrolment window apply.")
    @APIResponse(responseCode = "403", description = "Not eligible (email domain, group), or removed by an admin")
    @APIResponse(responseCode = "404", description = "Unknown code")
    @APIResponse(responseCode = "409", description = "Enrolment is closed")
    public MembershipDto joinByLink(JoinByLink body) {
        return memberships.joinByLink(currentMember.caller(), body == null ? null : body.code(),
                body == null ? null : body.role());
    }

    @POST
    @Path("programs/{id}/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join a program I can see", description = "Not for invite-only programs.")
    @APIResponse(responseCode = "403", description = "Invite only, not eligible, or removed by an admin")
    public MembershipDto join(@PathParam("id") UUID id, RoleChange body) {
        return memberships.joinOpen(currentMember.caller(), id, body == null ? null : body.role());
    }

    @POST
    @Path("programs/{id}/leave")
    @Operation(summary = "Leave a program")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "404", description = "Not a member")
    public void leave(@PathParam("id") UUID id) {
        memberships.leave(currentMember.caller(), id);
    }

    @GET
    @Path("programs/mine")
    @Operation(summary = "The programs I belong to, with my role")
    public List<MembershipDto> mine() {
        return memberships.myMemberships(currentMember.caller());
    }

    @GET
    @Path("programs/{id}/answers")
    @Operation(summary = "My answers to the program's extra questions")
    @APIResponse(responseCode = "409", description = "Not a member of the program")
    public Map<String, Object> answers(@PathParam("id") UUID id) {
        return memberships.answers(currentMember.caller(), id);
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
        return memberships.saveAnswers(currentMember.caller(), id, body);
    }

    @POST
    @Path("invitations/{token}/accept")
    @Operation(summary = "Accept an invitation sent to my email", description = "A token admits once, until it "
            + "expires (mentorhub.invitations.expire-after); accepting again while a member answers the membership.")
    @APIResponse(responseCode = "403", description = "Sent before an admin removed me (removed-by-admin)")
    @APIResponse(responseCode = "404", description = "Unknown, or addressed to someone else")
    @APIResponse(responseCode = "410", description = "Used already (invitation-used) or expired (invitation-expired)")
    public MembershipDto accept(@PathParam("token") String token) {
        return invitations.acceptInvitation(currentMember.caller(), token);
    }
}
