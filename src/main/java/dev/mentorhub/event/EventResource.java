package dev.mentorhub.event;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.profile.ProfileService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

/** Meetup events: find, read and RSVP; organizers create, change, publish, cancel and check people in. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class EventResource {

    private final EventService events;
    private final CheckIns checkIns;
    private final ProfileService profiles;
    private final CurrentMember currentMember;

    EventResource(EventService events, CheckIns checkIns, ProfileService profiles, CurrentMember currentMember) {
        this.events = events;
        this.checkIns = checkIns;
        this.profiles = profiles;
        this.currentMember = currentMember;
    }

    /** My answer: going (true) or not going (false). */
    public record RsvpRequest(Boolean going) {
    }

    /** Why the event is cancelled; optional, at most 1000 characters. */
    public record CancelRequest(String reason) {
    }

    /** A code typed, pasted or scanned at the door. */
    public record CheckInRequest(String code) {
    }

    @GET
    @Path("events")
    @Operation(summary = "Events I may see", description = "Upcoming soonest first, or with past=true the archive, "
            + "latest first. Filters: type (meetup, webinar, paper-reading, study-group, conference-outing), format "
            + "(in-person, online, hybrid), skill (a skill slug), city, program (an id), from and to (dates, in my "
            + "zone or zone=...). Paged: page (from 0), size (at most 50).")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read, named in errors[]")
    public PageDto<EventDto> list(@RestQuery String type, @RestQuery String format, @RestQuery String skill,
            @RestQuery String city, @RestQuery UUID program, @RestQuery String from, @RestQuery String to,
            @RestQuery String zone, @RestQuery boolean past, @RestQuery Integer page, @RestQuery Integer size) {
        FieldErrors errors = new FieldErrors();
        EventType t = type == null || type.isBlank() ? null : errors.choice("type", type, EventType.class, null);
        EventFormat f = format == null || format.isBlank() ? null
                : errors.choice("format", format, EventFormat.class, null);
        ZoneId z = zone(errors, zone, profiles.zoneOf(currentMember.member().id()));
        LocalDate fromDay = day(errors, "from", from);
        LocalDate toDay = day(errors, "to", to);
        errors.throwIfAny();
        EventSearch.Filter filter = new EventSearch.Filter(t, f, blankToNull(skill), blankToNull(city), program,
                fromDay == null ? null : fromDay.atStartOfDay(z).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(z).toInstant(), past);
        return events.list(currentMember.caller(), filter, PageRequest.of(page, size, 20));
    }

    @GET
    @Path("events/mine")
    @Operation(summary = "My RSVPs", description = "Every event I answered, latest first, with my answer, my place "
            + "on a waitlist, my ticket and when I was checked in (attendance).")
    public List<EventDto> mine() {
        return events.mine(currentMember.caller());
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an event", description = "For all members (organizers), or for one program's members "
            + "(its admins: programId). A draft unless publish is true. With repeat (weekly, every-two-weeks, "
            + "monthly) and optionally repeatUntil (a date), a recurring series: this is its first occurrence, and "
            + "the next few are made ahead, each with its own RSVPs.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the event")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "403", description = "Not an organizer (for an event for all members)")
    @APIResponse(responseCode = "404", description = "A program I do not administer")
    public Response create(EventRequest body, UriInfo uri) {
        EventDto event = events.create(currentMember.caller(), body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/events/{id}").build(event.id()))
                .entity(event).build();
    }

    @GET
    @Path("events/{id}")
    @Operation(summary = "One event", description = "The venue, address and link only for confirmed attendees and "
            + "organizers (revealed).")
    @APIResponse(responseCode = "404", description = "Unknown, a draft of someone else's, or another program's")
    public EventDto one(@PathParam("id") UUID id) {
        return events.get(currentMember.caller(), id);
    }

    @PUT
    @Path("events/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an event I organize", description = "All fields as on creation (programId, publish "
            + "and repeat are ignored). Those going and waiting are told. A larger capacity promotes from the "
            + "waitlist. For an occurrence of a series, scope this (the default) changes it alone; following changes "
            + "it and every later occurrence, and the series repeats from its new start.")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "404", description = "Not an event I organize")
    @APIResponse(responseCode = "409", description = "Cancelled, over, or capacity below those going")
    public EventDto edit(@PathParam("id") UUID id, EventRequest body) {
        return events.edit(currentMember.caller(), id, body);
    }

    @POST
    @Path("events/{id}/publish")
    @Operation(summary = "Publish a draft I organize", description = "Its audience sees it and may RSVP.")
    public EventDto publish(@PathParam("id") UUID id) {
        return events.publish(currentMember.caller(), id);
    }

    @POST
    @Path("events/{id}/cancel")
    @Operation(summary = "Cancel an event I organize", description = "Those going and waiting are told.")
    public EventDto cancel(@PathParam("id") UUID id, CancelRequest body) {
        return events.cancel(currentMember.caller(), id, body == null ? null : body.reason());
    }

    @PUT
    @Path("events/{id}/rsvp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "RSVP", description = "going true: a seat and a door ticket while seats are free, else a place "
            + "in the waitlist (first come, first served; a freed seat goes to the first waiting at once). going "
            + "false: not going, which frees my seat or place. Repeating an answer keeps my seat or place.")
    @APIResponse(responseCode = "200", description = "The event with myRsvp")
    @APIResponse(responseCode = "400", description = "going missing")
    @APIResponse(responseCode = "404", description = "An event I may not see")
    @APIResponse(responseCode = "409", description = "Cancelled, not published, or RSVPs closed (deadline, start)")
    public EventDto rsvp(@PathParam("id") UUID id, RsvpRequest body) {
        return events.respond(currentMember.caller(), id, body == null ? null : body.going());
    }

    @GET
    @Path("events/{id}/attendees")
    @Operation(summary = "Who is going and waiting, for an event I organize", description = "Going first, then the "
            + "waitlist in order, with check-in times.")
    @APIResponse(responseCode = "404", description = "Not an event I organize")
    public List<AttendeeDto> attendees(@PathParam("id") UUID id) {
        return events.attendees(currentMember.caller(), id);
    }

    @POST
    @Path("events/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an attendee in at the door", description = "By the code on their ticket (case, "
            + "spaces and hyphens do not matter).")
    @APIResponse(responseCode = "200", description = "Checked in: who, when, and the counts")
    @APIResponse(responseCode = "404", description = "Not an event I organize")
    @APIResponse(responseCode = "409", description = "ticket-used: the code was used already (detail says when)")
    @APIResponse(responseCode = "422", description = "ticket-unknown, or ticket-other-event")
    public CheckIns.CheckIn checkIn(@PathParam("id") UUID id, CheckInRequest body) {
        return checkIns.checkIn(currentMember.caller(), id, body == null ? null : body.code());
    }

    @GET
    @Path("events/{id}/check-ins")
    @Operation(summary = "The door's counts for an event I organize")
    @APIResponse(responseCode = "404", description = "Not an event I organize")
    public CheckIns.Counts counts(@PathParam("id") UUID id) {
        return checkIns.counts(currentMember.caller(), id);
    }

    private static ZoneId zone(FieldErrors errors, String zone, ZoneId mine) {
        if (zone == null || zone.isBlank()) {
            return mine;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            errors.add("zone", "is not an IANA time zone such as Europe/Berlin");
            return mine;
        }
    }

    private static LocalDate day(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                errors.add(field, "must be between the years 2000 and 2100");
                return null;
            }
            return day;
        } catch (DateTimeException e) {
            errors.add(field, "must be a date such as 2027-01-31");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
