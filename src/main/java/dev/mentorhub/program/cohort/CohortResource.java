package dev.mentorhub.program.cohort;

import dev.mentorhub.common.security.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/v1/programs/{programId}/cohorts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class CohortResource {

    private final CohortService cohorts;
    private final CurrentMember currentMember;

    CohortResource(CohortService cohorts, CurrentMember currentMember) {
        this.cohorts = cohorts;
        this.currentMember = currentMember;
    }

    public record StateChange(String state) {
    }

    public record Enrolment(String role) {
    }

    @GET
    @Operation(summary = "Cohorts of a program", description = "Admins also see drafts.")
    public List<CohortDto> list(@PathParam("programId") UUID programId) {
        return cohorts.list(currentMember.caller(), programId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a cohort in draft (the program's admins)")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@PathParam("programId") UUID programId, CohortService.NewCohort body, UriInfo uri) {
        CohortDto created = cohorts.create(currentMember.caller(), programId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{cohortId}")
    public CohortDto one(@PathParam("programId") UUID programId, @PathParam("cohortId") UUID cohortId) {
        return cohorts.get(currentMember.caller(), programId, cohortId);
    }

    @POST
    @Path("{cohortId}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a cohort (the program's admins)", description = "draft → enrolling → matching → "
            + "active → closed; draft and enrolling cohorts may also be closed.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state, or a guard failed")
    public CohortDto move(@PathParam("programId") UUID programId, @PathParam("cohortId") UUID cohortId,
            StateChange body) {
        return cohorts.moveTo(currentMember.caller(), programId, cohortId, body == null ? null : body.state());
    }

    @POST
    @Path("{cohortId}/enrolment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol in a cohort", description = "Members of the program, while the cohort is enrolling.")
    @APIResponse(responseCode = "409", description = "Not a member, or the cohort is not enrolling")
    public CohortDto enrol(@PathParam("programId") UUID programId, @PathParam("cohortId") UUID cohortId,
            Enrolment body) {
        return cohorts.enrol(currentMember.caller(), programId, cohortId, body == null ? null : body.role());
    }

    @DELETE
    @Path("{cohortId}/enrolment")
    @Operation(summary = "Leave a cohort while it is enrolling")
    public CohortDto unenrol(@PathParam("programId") UUID programId, @PathParam("cohortId") UUID cohortId) {
        return cohorts.unenrol(currentMember.caller(), programId, cohortId);
    }
}
