package dev.mentorhub.mentorship.workspace;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

/** The mentorship workspace over the API: only the mentorship's two members; 404 for anyone else. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class WorkspaceResource {

    private final Workspaces workspaces;
    private final CurrentMember currentMember;

    WorkspaceResource(Workspaces workspaces, CurrentMember currentMember) {
        this.workspaces = workspaces;
        this.currentMember = currentMember;
    }

    @GET
    @Path("mentorships/workspaces")
    @Operation(summary = "My mentorship workspaces", description = "Active first, then newest; each with its next "
            + "session, sessions held and milestones. Paged (size at most 50).")
    public PageDto<WorkspaceDto> mine(@RestQuery Integer page, @RestQuery Integer size) {
        return workspaces.mine(currentMember.member(), PageRequest.of(page, size, 20));
    }

    @GET
    @Path("mentorships/{id}")
    @Operation(summary = "One of my mentorships, with its workspace", description = "Agreed goals, cadence, session "
            + "length, planned end, shared notes (Markdown source and sanitised HTML), milestones, next session and "
            + "how it ended. The version goes back with an update.")
    @APIResponse(responseCode = "404", description = "Unknown, or I am not one of the two")
    public WorkspaceDto one(@PathParam("id") UUID id) {
        return workspaces.view(currentMember.member(), id);
    }

    @PUT
    @Path("mentorships/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change what we agreed or our notes", description = "Send the version you read and the "
            + "fields to change (left out: unchanged): goals (goal slugs), cadenceWeeks (1, 2 or 4; 0 clears), "
            + "sessionMinutes (30, 45 or 60; 0 clears), plannedEnd (within 24 months of the start), notes (Markdown, "
            + "at most 20000 characters).")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "404", description = "Unknown, or I am not one of the two")
    @APIResponse(responseCode = "409", description = "Changed since that version (workspace-changed), or ended")
    public WorkspaceDto update(@PathParam("id") UUID id, UpdateWorkspace body) {
        return workspaces.update(currentMember.member(), id, body);
    }

    @POST
    @Path("mentorships/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a milestone", description = "A title of at most 200 characters; at most 50 per "
            + "mentorship.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Title missing or too long")
    @APIResponse(responseCode = "404", description = "Unknown, or I am not one of the two")
    @APIResponse(responseCode = "409", description = "50 milestones already (milestone-limit), or ended")
    public Response addMilestone(@PathParam("id") UUID id, NewMilestone body, UriInfo uri) {
        WorkspaceDto.MilestoneDto added = workspaces.addMilestone(currentMember.member(), id, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/mentorships/{id}/milestones/{m}")
                .build(id, added.id())).entity(added).build();
    }

    @PUT
    @Path("mentorships/{id}/milestones/{milestone}/done")
    @Operation(summary = "Tick a milestone", description = "Records who ticked it and when.")
    @APIResponse(responseCode = "404", description = "Unknown milestone or mentorship, or not one of the two")
    @APIResponse(responseCode = "409", description = "The mentorship has ended")
    public WorkspaceDto.MilestoneDto done(@PathParam("id") UUID id, @PathParam("milestone") UUID milestone) {
        return workspaces.tick(currentMember.member(), id, milestone, true);
    }

    @DELETE
    @Path("mentorships/{id}/milestones/{milestone}/done")
    @Operation(summary = "Untick a milestone")
    @APIResponse(responseCode = "404", description = "Unknown milestone or mentorship, or not one of the two")
    @APIResponse(responseCode = "409", description = "The mentorship has ended")
    public WorkspaceDto.MilestoneDto undone(@PathParam("id") UUID id, @PathParam("milestone") UUID milestone) {
        return workspaces.tick(currentMember.member(), id, milestone, false);
    }

    @DELETE
    @Path("mentorships/{id}/milestones/{milestone}")
    @Operation(summary = "Remove a milestone")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Unknown milestone or mentorship, or not one of the two")
    @APIResponse(responseCode = "409", description = "The mentorship has ended")
    public void remove(@PathParam("id") UUID id, @PathParam("milestone") UUID milestone) {
        workspaces.removeMilestone(currentMember.member(), id, milestone);
    }
}
