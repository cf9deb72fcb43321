package dev.mentorhub.program.mentorships;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ProgramMentorshipResource {

    private final ProgramMentorships mentorships;
    private final CurrentMember currentMember;

    ProgramMentorshipResource(ProgramMentorships mentorships, CurrentMember currentMember) {
        this.mentorships = mentorships;
        this.currentMember = currentMember;
    }

    @GET
    @Path("programs/{programId}/mentorships")
    @Operation(summary = "The program's mentorships (its admins)", description = "Mentorships whose request was "
            + "sent in the program: dates, status and outcome, sessions held, last and next session, milestones done "
            + "of all. Never goals, notes, milestone titles, feedback or end reasons. status=active or ended narrows "
            + "it; active first, then newest; paged.")
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public PageDto<ProgramMentorship> list(@PathParam("programId") UUID programId, @RestQuery String status,
            @RestQuery Integer page, @RestQuery Integer size) {
        return mentorships.list(currentMember.caller(), programId, status, PageRequest.of(page, size, 20));
    }
}
