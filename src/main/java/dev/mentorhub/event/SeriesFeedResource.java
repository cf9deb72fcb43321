package dev.mentorhub.event;

import dev.mentorhub.common.web.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * A series' public calendar: calendar apps subscribe without signing in. Only series open to all members have one
 * (a program's series answer 404, as unknown ids do), and it shows only what everyone sees on the event pages.
 */
@Path("/calendar/series")
public class SeriesFeedResource {

    private final EventCalendars calendars;

    SeriesFeedResource(EventCalendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("{id}.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response feed(@PathParam("id") UUID id) {
        return Response.ok(calendars.seriesFeed(id).orElseThrow(() -> new NotFoundException("event")))
                .header("Content-Disposition", "inline; filename=\"series.ics\"").build();
    }
}
