package dev.mentorhub.profile;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ProfileResource {

    private final ProfileService profiles;
    private final AccountDeletion accountDeletion;
    private final CurrentMember currentMember;

    ProfileResource(ProfileService profiles, AccountDeletion accountDeletion, CurrentMember currentMember) {
        this.profiles = profiles;
        this.accountDeletion = accountDeletion;
        this.currentMember = currentMember;
    }

    @GET
    @Path("me")
    @Operation(summary = "My profile", description = "With a completeness score naming what is missing for good matches.")
    public ProfileDto mine() {
        return profiles.mine(currentMember.member());
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace my profile", description = "All fields at once; on any invalid field nothing changes.")
    @APIResponse(responseCode = "200", description = "The stored profile")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    public ProfileDto replace(ProfileRequest request) {
        return profiles.replace(currentMember.member(), request, true);
    }

    @GET
    @Path("me/export")
    @Operation(summary = "Export everything stored about me", description = "A JSON document to download.")
    public Response export() {
        return Response.ok(profiles.export(currentMember.member()))
                .header("Content-Disposition", "attachment; filename=\"mentorhub-export.json\"").build();
    }

    @DELETE
    @Path("me")
    @Operation(summary = "Delete my account", description = "Erases my profile and personal data; only anonymous "
            + "aggregates remain. Signing in again starts a new, empty account.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAccount() {
        accountDeletion.delete(currentMember.member());
    }

    @GET
    @Path("{id}/summary")
    @Operation(summary = "A member's card", description = "Name, headline and roles of a profile visible to everyone;"
            + " one row, for lists that show names.")
    @APIResponse(responseCode = "200", description = "The card")
    @APIResponse(responseCode = "404", description = "Unknown, hidden, programs-only, deleted, or blocking me")
    public ProfileSummaryDto summary(@PathParam("id") UUID id) {
        return profiles.summary(id, currentMember.member()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A member's profile", description = "404 when it does not exist or is not visible to me.")
    @APIResponse(responseCode = "404", description = "Unknown, hidden, visible only to fellow program members, or "
            + "blocking me")
    public ProfileDto one(@PathParam("id") UUID id) {
        return profiles.visibleTo(id, currentMember.member()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Operation(summary = "The member directory", description = "Filters combine; skill includes its sub-skills. "
            + "Inactive mentors come last; members I blocked, and members who blocked me, are left out.")
    public PageDto<ProfileDto> directory(@RestQuery String role, @RestQuery String skill, @RestQuery String stage,
            @RestQuery String language, @RestQuery Double utcOffsetMin, @RestQuery Double utcOffsetMax,
            @RestQuery Boolean hasCapacity, @RestQuery Integer page, @RestQuery Integer size) {
        return profiles.directory(new DirectoryFilter(role, skill, stage, language, utcOffsetMin, utcOffsetMax,
                hasCapacity, page, size), currentMember.member());
    }
}
