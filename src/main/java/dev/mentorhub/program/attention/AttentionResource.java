package dev.mentorhub.program.attention;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.program.attention.AttentionItems.IdleMentor;
import dev.mentorhub.program.attention.AttentionItems.PendingRequest;
import dev.mentorhub.program.attention.AttentionItems.Reminder;
import dev.mentorhub.program.attention.AttentionItems.UnmatchedMentee;
import dev.mentorhub.session.InactiveMentorships.Inactive;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

/** A program's attention lists for its admins; anyone else gets 404. Pages of 20 unless {@code size} says otherwise. */
@Path("/api/v1/programs/{programId}/attention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AttentionResource {

    static final int PAGE_SIZE = 20;

    private final AttentionService attention;
    private final CurrentMember currentMember;

    AttentionResource(AttentionService attention, CurrentMember currentMember) {
        this.attention = attention;
        this.currentMember = currentMember;
    }

    @GET
    @Path("requests")
    @Operation(summary = "Pending requests past half-way to their deadline (its admins)",
            description = "Requests sent by the program's members; overdue first, then by deadline.")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public PageDto<PendingRequest> requests(@PathParam("programId") UUID programId, @RestQuery Integer page,
            @RestQuery Integer size) {
        return attention.pendingRequests(currentMember.caller(), programId, PageRequest.of(page, size, PAGE_SIZE));
    }

    @POST
    @Path("requests/{requestId}/reminder")
    @Operation(summary = "Remind the recipient of a pending request by mail (its admins)",
            description = "At most one reminder a day per request, counting the automatic half-way reminder.")
    @APIResponse(responseCode = "404", description = "Not a pending request of this program's members")
    @APIResponse(responseCode = "409", description = "Reminded in the last day, or the recipient has no email")
    public Reminder remind(@PathParam("programId") UUID programId, @PathParam("requestId") UUID requestId) {
        return attention.remind(currentMember.caller(), programId, requestId);
    }

    @GET
    @Path("unmatched-mentees")
    @Operation(summary = "Mentees without an active mentorship (its admins)", description = "Longest waiting first.")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public PageDto<UnmatchedMentee> unmatchedMentees(@PathParam("programId") UUID programId, @RestQuery Integer page,
            @RestQuery Integer size) {
        return attention.unmatchedMentees(currentMember.caller(), programId, PageRequest.of(page, size, PAGE_SIZE));
    }

    @GET
    @Path("idle-mentors")
    @Operation(summary = "Mentors without a match, or not seen, for 30 days (its admins)",
            description = "Never matched first.")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public PageDto<IdleMentor> idleMentors(@PathParam("programId") UUID programId, @RestQuery Integer page,
            @RestQuery Integer size) {
        return attention.idleMentors(currentMember.caller(), programId, PageRequest.of(page, size, PAGE_SIZE));
    }

    @GET
    @Path("inactive-mentorships")
    @Operation(summary = "Mentorships of the program without a session for two cadence periods (its admins)",
            description = "Four weeks when the pair set no cadence; counted from the start or the latest held, "
                    + "confirmed or proposed session. Quiet the longest first. Dates and names only, never notes.")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public PageDto<Inactive> inactiveMentorships(@PathParam("programId") UUID programId, @RestQuery Integer page,
            @RestQuery Integer size) {
        return attention.inactiveMentorships(currentMember.caller(), programId,
                PageRequest.of(page, size, PAGE_SIZE));
    }
}
