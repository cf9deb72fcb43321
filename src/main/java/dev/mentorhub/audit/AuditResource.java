package dev.mentorhub.audit;

import dev.mentorhub.common.security.Roles;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

/** The whole audit log, for platform admins; program admins read their program's log under /api/v1/programs. */
@Path("/api/v1/audit")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Audit events, newest first", description = "Optionally of one organization.")
    public PageDto<AuditEventDto> list(@RestQuery UUID organizationId, @RestQuery Integer page,
            @RestQuery Integer size) {
        PageRequest p = PageRequest.of(page, size, 50);
        return organizationId == null ? audit.all(p) : audit.forOrganization(organizationId, p);
    }
}
