package dev.mentorhub.session;

import dev.mentorhub.common.web.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Date;

/**
 * A member's calendar subscription: no sign-in, the secret token in the address is the permission (calendar apps
 * cannot sign in). Unknown or replaced tokens answer 404. Apps poll: an unchanged feed answers 304 to If-None-Match
 * or If-Modified-Since.
 */
@Path("/calendar")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

    private final SessionCalendars calendars;

    CalendarFeedResource(SessionCalendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("{token}.ics")
    @Produces(TEXT_CALENDAR)
    public Response feed(@PathParam("token") String token, Request request) {
        SessionCalendars.Feed feed = calendars.feed(token).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(feed.etag());
        Date modified = Date.from(feed.lastModified());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(feed.ics(), TEXT_CALENDAR).tag(tag).lastModified(modified).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"mentorhub.ics\"").build();
    }
}
