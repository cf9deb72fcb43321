package dev.mentorhub.common.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Unknown addresses under /api answer problem+json 404 like every other API error (without this they would get
 * the server's plain 404). Any real resource has a longer literal path, so it is always matched first.
 */
@Path("/api")
public class ApiFallbackResource {

    @GET
    @Path("{unknown: .*}")
    @Operation(hidden = true)
    public void get() {
        throw new NotFoundException();
    }

    @POST
    @Path("{unknown: .*}")
    @Operation(hidden = true)
    public void post() {
        throw new NotFoundException();
    }

    @PUT
    @Path("{unknown: .*}")
    @Operation(hidden = true)
    public void put() {
        throw new NotFoundException();
    }

    @PATCH
    @Path("{unknown: .*}")
    @Operation(hidden = true)
    public void patch() {
        throw new NotFoundException();
    }

    @DELETE
    @Path("{unknown: .*}")
    @Operation(hidden = true)
    public void delete() {
        throw new NotFoundException();
    }
}
