package dev.mentorhub.skill;

import dev.mentorhub.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The skill taxonomy as JSON: everyone signed in reads it, platform admins change it. Validation in the service. */
@Path("/api/v1/skills")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class SkillResource {

    private final SkillService skillService;
    private final SecurityIdentity identity;

    SkillResource(SkillService skillService, SecurityIdentity identity) {
        this.skillService = skillService;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The skill taxonomy as a tree",
            description = "Active skills only; platform admins may add includeRetired=true to see retired ones too.")
    @APIResponse(responseCode = "200", description = "The top-level skill areas, each with its children")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public List<SkillNode> tree(@RestQuery @Parameter(description = "Platform admins only; ignored for others")
            boolean includeRetired) {
        return skillService.tree(includeRetired && isAdmin());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One skill with its children")
    @APIResponse(responseCode = "200", description = "The skill (it may be retired: old profiles still name it)")
    @APIResponse(responseCode = "404", description = "No skill with this slug")
    public SkillNode get(@RestPath String slug, @RestQuery boolean includeRetired) {
        return skillService.node(slug, includeRetired && isAdmin());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Add a skill", description = "Under parentSlug, or as a top-level area when it is null.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new skill")
    @APIResponse(responseCode = "400", description = "Invalid input or unknown/retired parent; errors[] names the fields")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(SkillRequests.Create request, @Context UriInfo uriInfo) {
        SkillNode created = skillService.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Rename a skill", description = "New names; synonyms replace the list, or stay when omitted.")
    @APIResponse(responseCode = "200", description = "The renamed skill")
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names the fields")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    @APIResponse(responseCode = "404", description = "No skill with this slug")
    public SkillNode rename(@RestPath String slug, SkillRequests.Rename request) {
        return skillService.rename(slug, request);
    }

    @PUT
    @Path("{slug}/parent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Move a skill", description = "Under parentSlug, or to the top level when it is null.")
    @APIResponse(responseCode = "200", description = "The moved skill")
    @APIResponse(responseCode = "400", description = "Invalid, unknown or retired parent")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    @APIResponse(responseCode = "404", description = "No skill with this slug")
    @APIResponse(responseCode = "409", description = "The new parent is the skill itself or lies below it")
    public SkillNode move(@RestPath String slug, SkillRequests.Move request) {
        return skillService.move(slug, request);
    }

    @POST
    @Path("{slug}/retire")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Retire a skill", description = "It stays on existing data but is no longer offered.")
    @APIResponse(responseCode = "200", description = "The retired skill")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    @APIResponse(responseCode = "404", description = "No skill with this slug")
    public SkillNode retire(@RestPath String slug) {
        return skillService.retire(slug);
    }

    @POST
    @Path("{slug}/restore")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Take a retired skill back into use")
    @APIResponse(responseCode = "200", description = "The restored skill")
    @APIResponse(responseCode = "403", description = "Not a platform admin")
    @APIResponse(responseCode = "404", description = "No skill with this slug")
    public SkillNode restore(@RestPath String slug) {
        return skillService.restore(slug);
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }
}
