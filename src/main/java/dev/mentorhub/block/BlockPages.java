package dev.mentorhub.block;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The "Block" and "Unblock" forms on a member's profile page, on the requests page and on my profile; both redirect
 * back (303).
 */
@Path("/")
@Authenticated
public class BlockPages {

    private final BlockService blocks;
    private final CurrentMember currentMember;

    BlockPages(BlockService blocks, CurrentMember currentMember) {
        this.blocks = blocks;
        this.currentMember = currentMember;
    }

    /**
     * {@code back=requests} returns to the requests page, {@code back=mentorships} to my mentorships (their profile may
     * be hidden from me), else to their profile.
     */
    @POST
    @Path("profiles/{id}/block")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response block(@PathParam("id") UUID id, @RestForm String back) {
        blocks.block(currentMember.member(), id);
        String target = switch (back == null ? "" : back) {
            case "requests" -> "/requests?tab=received&done=blocked";
            case "mentorships" -> "/mentorships?done=blocked";
            default -> "/profiles/" + id;
        };
        return seeOther(target);
    }

    /** {@code back=profile} returns to my profile (the list of blocked members), else to theirs. */
    @POST
    @Path("profiles/{id}/unblock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unblock(@PathParam("id") UUID id, @RestForm String back) {
        blocks.unblock(currentMember.member(), id);
        return seeOther("profile".equals(back) ? "/profile#blocked" : "/profiles/" + id);
    }
}
