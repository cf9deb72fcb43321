package dev.mentorhub.program.api;

import dev.mentorhub.audit.AuditEventDto;
import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.program.ProgramService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;


/**
 * Programs: the ones I can see, one of them, and (for its admins) its settings, join link and audit log. Ids of
 * programs the caller may not see answer 404 everywhere (see {@link ProgramAccess}).
 */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ProgramResource {

    private final ProgramService programs;
    private final AuditLog audit;
    private final CurrentMember currentMember;

    ProgramResource(ProgramService programs, AuditLog audit, CurrentMember currentMember) {
        this.programs = programs;
        this.audit = audit;
        this.currentMember = currentMember;
    }

    @GET
    @Path("programs")
    @Operation(summary = "Programs I can see", description = "Open programs, mine, and those I administer.")
    public List<ProgramDto> list() {
        return programs.list(currentMember.caller());
    }

    @GET
    @Path("programs/{id}")
    @APIResponse(responseCode = "404", description = "Unknown, or restricted to others")
    public ProgramDto one(@PathParam("id") UUID id) {
        return programs.get(currentMember.caller(), id);
    }

    @PUT
    @Path("programs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a program (its admins)")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "Unknown, or not mine to administer")
    public ProgramDto update(@PathParam("id") UUID id, ProgramRequest body) {
        return programs.update(currentMember.caller(), id, body);
    }

    @POST
    @Path("programs/{id}/join-code")
    @Operation(summary = "Replace the join link (its admins)", description = "The old link stops working.")
    public ProgramDto rotateJoinCode(@PathParam("id") UUID id) {
        return programs.rotateJoinCode(currentMember.caller(), id);
    }

    @GET
    @Path("programs/{id}/audit")
    @Operation(summary = "The program's audit log (its admins)", description = "Newest first.")
    public PageDto<AuditEventDto> audit(@PathParam("id") UUID id, @RestQuery Integer page, @RestQuery Integer size) {
        return audit.forProgram(programs.administered(currentMember.caller(), id).id(), PageRequest.of(page, size, 50));
    }
}
