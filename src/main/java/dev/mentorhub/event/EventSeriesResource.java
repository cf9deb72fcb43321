package dev.mentorhub.event;

import dev.mentorhub.common.security.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Recurring series: read one with its upcoming occurrences, and cancel all of it. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class EventSeriesResource {

    private final EventService events;
    private final EventSeriesService series;
    private final CurrentMember currentMember;

    EventSeriesResource(EventService events, EventSeriesService series, CurrentMember currentMember) {
        this.events = events;
        this.series = series;
        this.currentMember = currentMember;
    }

    @GET
    @Path("series/{id}")
    @Operation(summary = "A recurring series", description = "How it repeats and its upcoming occurrences (each an "
            + "event with its own RSVPs). Change one occurrence, or it and all later ones, with PUT /events/{id} "
            + "and scope this or following.")
    @APIResponse(responseCode = "404", description = "Unknown, or no occurrence I may see")
    public SeriesDto one(@PathParam("id") UUID id) {
        return events.series(currentMember.caller(), id);
    }

    @POST
    @Path("series/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a series I organize", description = "It makes no more occurrences; its upcoming "
            + "occurrences are cancelled and their attendees told. To cancel one occurrence, cancel that event.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "Not a series I organize")
    public Response cancel(@PathParam("id") UUID id, EventResource.CancelRequest body) {
        series.cancel(currentMember.caller(), id, body == null ? null : body.reason());
        return Response.noContent().build();
    }
}
