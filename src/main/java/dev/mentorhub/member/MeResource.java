package dev.mentorhub.member;

import dev.mentorhub.common.security.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class MeResource {

    private final CurrentMember currentMember;

    MeResource(CurrentMember currentMember) {
        this.currentMember = currentMember;
    }

    public record MeDto(UUID id, String subject, String username, String displayName, String email,
            Set<String> roles, Instant memberSince, Instant lastSeenAt) {
    }

    @GET
    @Operation(summary = "The caller's identity and roles", description = "Creates the member on the first call.")
    @APIResponse(responseCode = "200", description = "The signed-in member")
    @APIResponse(responseCode = "401", description = "No valid bearer token with the mentorhub-api audience")
    public MeDto me() {
        Member member = currentMember.member();
        SignedInIdentity identity = currentMember.signedInIdentity();
        return new MeDto(member.id(), member.oidcSubject(), member.username(), member.displayName(), member.email(),
                identity.roles(), member.createdAt(), member.lastSeenAt());
    }
}
