package dev.mentorhub.block;

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

@Path("/api/v1/blocks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class BlockResource {

    private final BlockService blocks;
    private final CurrentMember currentMember;

    BlockResource(BlockService blocks, CurrentMember currentMember) {
        this.blocks = blocks;
        this.currentMember = currentMember;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Block a member", description = "We are never suggested to each other, requests between us "
            + "are refused and pending ones closed, and they leave my directory. They are not told.")
    @APIResponse(responseCode = "201", description = "Blocked; Location names the block")
    @APIResponse(responseCode = "200", description = "I had blocked them already")
    @APIResponse(responseCode = "400", description = "No memberId, or my own id")
    @APIResponse(responseCode = "404", description = "No member with a profile visible to me")
    public Response block(BlockRequest body, UriInfo uri) {
        BlockService.Blocked result = blocks.block(currentMember.member(), body == null ? null : body.memberId());
        if (!result.created()) {
            return Response.ok(result.block()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/blocks/{id}").build(result.block().memberId()))
                .entity(result.block()).build();
    }

    @DELETE
    @Path("{memberId}")
    @Operation(summary = "Unblock a member", description = "Idempotent: 204 also when there was no block.")
    @APIResponse(responseCode = "204", description = "Not blocked (any more)")
    public void unblock(@PathParam("memberId") UUID memberId) {
        blocks.unblock(currentMember.member(), memberId);
    }

    @GET
    @Operation(summary = "Members I blocked", description = "Most recent first.")
    public List<BlockDto> list() {
        return blocks.list(currentMember.member());
    }
}
