package dev.mentorhub.program.api;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.program.OrganizationDto;
import dev.mentorhub.program.OrganizationService;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.program.ProgramService;
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

@Path("/api/v1/organizations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class OrganizationResource {

    private final OrganizationService organizations;
    private final ProgramService programs;
    private final CurrentMember currentMember;

    OrganizationResource(OrganizationService organizations, ProgramService programs, CurrentMember currentMember) {
        this.organizations = organizations;
        this.programs = programs;
        this.currentMember = currentMember;
    }

    public record NewOrganization(String name) {
    }

    public record Appointment(UUID memberId, String email) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organization (platform admins)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(NewOrganization body, UriInfo uri) {
        OrganizationDto created = organizations.create(currentMember.caller(), body == null ? null : body.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "Organizations I administer (all, for platform admins)")
    public List<OrganizationDto> list() {
        return organizations.list(currentMember.caller());
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public OrganizationDto one(@PathParam("id") UUID id) {
        return organizations.get(currentMember.caller(), id);
    }

    @POST
    @Path("{id}/admins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appoint an admin (platform admins)", description = "Name the member by id or email.")
    @APIResponse(responseCode = "404", description = "Unknown organization or member")
    public OrganizationDto appoint(@PathParam("id") UUID id, Appointment body) {
        return organizations.appoint(currentMember.caller(), id, body == null ? null : body.memberId(),
                body == null ? null : body.email());
    }

    @DELETE
    @Path("{id}/admins/{memberId}")
    @Operation(summary = "Dismiss an admin (platform admins)")
    @APIResponse(responseCode = "204", description = "Dismissed")
    public void dismiss(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        organizations.dismiss(currentMember.caller(), id, memberId);
    }

    @GET
    @Path("{id}/programs")
    @Operation(summary = "The organization's programs (its admins)")
    public List<ProgramDto> programs(@PathParam("id") UUID id) {
        return programs.ofOrganization(currentMember.caller(), id);
    }

    @POST
    @Path("{id}/programs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a program (the organization's admins)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "Unknown organization, or not mine")
    public Response createProgram(@PathParam("id") UUID id, ProgramRequest body, UriInfo uri) {
        ProgramDto created = programs.create(currentMember.caller(), id, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/programs/{id}").build(created.id()))
                .entity(created).build();
    }
}
