package dev.mentorhub.session;

import dev.mentorhub.common.security.CurrentMember;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Sessions of my mentorships: propose, accept, decline, move, cancel, and afterwards held or missed. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class SessionResource {

    private final SessionService sessions;
    private final SessionCalendars calendars;
    private final SessionFeedbacks feedbacks;
    private final CurrentMember currentMember;

    SessionResource(SessionService sessions, SessionCalendars calendars, SessionFeedbacks feedbacks,
            CurrentMember currentMember) {
        this.sessions = sessions;
        this.calendars = calendars;
        this.feedbacks = feedbacks;
        this.currentMember = currentMember;
    }

    /** Where my calendar app subscribes to my sessions. */
    public record CalendarAddress(String url) {
    }

    /** Why a session was declined or cancelled; optional, at most 1000 characters. */
    public record Reason(String reason) {
    }

    @POST
    @Path("mentorships/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a session", description = "Local start and end in timeZone (an IANA zone), 15 "
            + "minutes to 4 hours, in the future; a video link or a place; an agenda. The other member accepts it.")
    @APIResponse(responseCode = "201", description = "Proposed; Location points at the session")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "404", description = "Not one of my mentorships")
    @APIResponse(responseCode = "409", description = "Either member already has a session then (the detail names its "
            + "time in my zone), or the mentorship has ended")
    public Response propose(@PathParam("id") UUID mentorshipId, SessionRequest body, UriInfo uri) {
        SessionDto session = sessions.propose(currentMember.member(), mentorshipId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sessions/{id}").build(session.id()))
                .entity(session).build();
    }

    @GET
    @Path("mentorships/{id}/sessions")
    @Operation(summary = "The sessions of one of my mentorships", description = "Latest first.")
    @APIResponse(responseCode = "404", description = "Not one of my mentorships")
    public List<SessionDto> ofMentorship(@PathParam("id") UUID mentorshipId) {
        return sessions.ofMentorship(currentMember.member(), mentorshipId);
    }

    @GET
    @Path("sessions")
    @Operation(summary = "My upcoming sessions", description = "Proposed and confirmed, not yet over, soonest first.")
    public List<SessionDto> upcoming() {
        return sessions.upcoming(currentMember.member());
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One session of mine")
    @APIResponse(responseCode = "404", description = "Unknown, or not in one of my mentorships")
    public SessionDto one(@PathParam("id") UUID id) {
        return sessions.get(currentMember.member(), id);
    }

    @GET
    @Path("sessions/{id}.ics")
    @Produces(CalendarFeedResource.TEXT_CALENDAR)
    @Operation(summary = "One session of mine as an iCalendar file")
    @APIResponse(responseCode = "404", description = "Unknown, or not in one of my mentorships")
    public Response download(@PathParam("id") UUID id) {
        return Response.ok(calendars.single(currentMember.member(), id))
                .header("Content-Disposition", "attachment; filename=\"session.ics\"").build();
    }

    @GET
    @Path("calendar")
    @Operation(summary = "My calendar subscription address", description = "Secret: anyone with it sees my sessions. "
            + "Made on first use.")
    public CalendarAddress calendar() {
        return new CalendarAddress(calendars.feedUrl(currentMember.member()));
    }

    @POST
    @Path("calendar/replace")
    @Operation(summary = "Replace my calendar subscription address", description = "The old address answers 404 "
            + "from now on; calendars must subscribe to the new one.")
    public CalendarAddress replaceCalendar() {
        return new CalendarAddress(calendars.replaceFeed(currentMember.member()));
    }

    @PUT
    @Path("sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a session", description = "A new time (and place, agenda) for a proposed or confirmed "
            + "session; it is proposed again, by me, for the other member to accept.")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "409", description = "The time is taken, or the session can no longer move")
    public SessionDto reschedule(@PathParam("id") UUID id, SessionRequest body) {
        return sessions.reschedule(currentMember.member(), id, body);
    }

    @POST
    @Path("sessions/{id}/accept")
    @Operation(summary = "Accept a session the other member proposed")
    @APIResponse(responseCode = "409", description = "Not proposed, or proposed by me")
    public SessionDto accept(@PathParam("id") UUID id) {
        return sessions.accept(currentMember.member(), id);
    }

    @POST
    @Path("sessions/{id}/decline")
    @Operation(summary = "Decline a session the other member proposed")
    public SessionDto decline(@PathParam("id") UUID id, Reason body) {
        return sessions.decline(currentMember.member(), id, body == null ? null : body.reason());
    }

    @POST
    @Path("sessions/{id}/cancel")
    @Operation(summary = "Cancel a proposed or confirmed session")
    public SessionDto cancel(@PathParam("id") UUID id, Reason body) {
        return sessions.cancel(currentMember.member(), id, body == null ? null : body.reason());
    }

    @POST
    @Path("sessions/{id}/held")
    @Operation(summary = "Mark a confirmed session held", description = "Once it has started.")
    public SessionDto held(@PathParam("id") UUID id) {
        return sessions.record(currentMember.member(), id, true);
    }

    @POST
    @Path("sessions/{id}/missed")
    @Operation(summary = "Mark a confirmed session missed", description = "Once it has started.")
    public SessionDto missed(@PathParam("id") UUID id) {
        return sessions.record(currentMember.member(), id, false);
    }

    @PUT
    @Path("sessions/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give or change my feedback on a session", description = "A rating 1-5, an optional comment "
            + "(at most 2000 characters) and progress per agreed goal (none, some, good, achieved). On a held "
            + "session, or a confirmed one that has ended (it is then marked held). Private to the pair.")
    @APIResponse(responseCode = "200", description = "My feedback as stored")
    @APIResponse(responseCode = "400", description = "Invalid fields (rating, comment, goalProgress.{goal}), each "
            + "named in errors[]")
    @APIResponse(responseCode = "404", description = "Unknown, or not in one of my mentorships")
    @APIResponse(responseCode = "409", description = "Not held, or not over yet")
    public FeedbackDto giveFeedback(@PathParam("id") UUID id, FeedbackRequest body) {
        return feedbacks.give(currentMember.member(), id, body);
    }

    @GET
    @Path("sessions/{id}/feedback")
    @Operation(summary = "The pair's feedback on a session", description = "Both members' feedback, mine first.")
    @APIResponse(responseCode = "404", description = "Unknown, or not in one of my mentorships")
    public List<FeedbackDto> feedback(@PathParam("id") UUID id) {
        return feedbacks.of(currentMember.member(), id);
    }
}
