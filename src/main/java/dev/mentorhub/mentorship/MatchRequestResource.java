package dev.mentorhub.mentorship;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Problem;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class MatchRequestResource {

    private final MatchRequestService service;
    private final CurrentMember currentMember;

    MatchRequestResource(MatchRequestService service, CurrentMember currentMember) {
        this.service = service;
        this.currentMember = currentMember;
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a request", description = "Ask a mentor (kind mentoring, the default) or a peer "
            + "(kind peer, both sides mentor and mentee) with a message of at most 2000 characters and chosen goals. "
            + "In a program (programId in the body, or ?program=<id>), both must be its active members; the "
            + "mentorship then belongs to the program and takes its check-in cadence and relationship length.")
    @APIResponse(responseCode = "201", description = "Sent; Location points at the request")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors[]")
    @APIResponse(responseCode = "404", description = "No visible mentor with this id")
    @APIResponse(responseCode = "409", description = "Too many open requests, already asked or paired, wrong role")
    @APIResponse(responseCode = "429", description = "Daily request limit reached, or this person was asked recently "
            + "(cool-down); Retry-After says in how many seconds")
    public Response send(SendRequest body, @RestQuery UUID program, UriInfo uri) {
        if (body == null) {
            throw FieldErrors.of("recipientId", FieldErrors.REQUIRED);
        }
        if (body.programId() == null && program != null) {
            body = new SendRequest(body.recipientId(), body.kind(), body.message(), body.goals(), program);
        }
        RequestDto sent = service.send(currentMember.member(), body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/requests/{id}").build(sent.id()))
                .entity(sent).build();
    }

    @GET
    @Path("requests")
    @Operation(summary = "My requests", description = "box=sent (default) or received, optionally one status; "
            + "newest first, paged.")
    @APIResponse(responseCode = "400", description = "Unknown box or status")
    public PageDto<RequestDto> list(@RestQuery String box, @RestQuery String status, @RestQuery Integer page,
            @RestQuery Integer size) {
        boolean sent = box == null || box.isBlank() || box.equals("sent");
        if (!sent && !box.equals("received")) {
            throw new InvalidInputException(List.of(new Problem.FieldError("box", "must be sent or received")));
        }
        return service.list(currentMember.member(), sent, status, PageRequest.of(page, size, 20));
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "One of my requests", description = "The decline reason is shown to the mentor only.")
    @APIResponse(responseCode = "404", description = "Unknown, or I am not a party to it")
    public RequestDto one(@PathParam("id") UUID id) {
        return service.get(currentMember.member(), id);
    }

    @POST
    @Path("requests/{id}/accept")
    @Operation(summary = "Accept a request to me", description = "Starts the mentorship if I have a free place.")
    @APIResponse(responseCode = "200", description = "The new mentorship")
    @APIResponse(responseCode = "404", description = "Unknown, or not addressed to me")
    @APIResponse(responseCode = "409", description = "No free mentee place, or the request is no longer pending")
    public MentorshipDto accept(@PathParam("id") UUID id) {
        return service.accept(currentMember.member(), id);
    }

    @POST
    @Path("requests/{id}/decline")
    @Operation(summary = "Decline a request to me", description = "The optional reason (at most 1000 characters) "
            + "stays private: the sender never sees it.")
    @APIResponse(responseCode = "404", description = "Unknown, or not addressed to me")
    @APIResponse(responseCode = "409", description = "The request is no longer pending")
    public RequestDto decline(@PathParam("id") UUID id, DeclineRequest body) {
        return service.decline(currentMember.member(), id, body == null ? null : body.reason());
    }

    @POST
    @Path("requests/{id}/withdraw")
    @Operation(summary = "Withdraw a request I sent")
    @APIResponse(responseCode = "404", description = "Unknown, or not sent by me")
    @APIResponse(responseCode = "409", description = "The request is no longer pending")
    public RequestDto withdraw(@PathParam("id") UUID id) {
        return service.withdraw(currentMember.member(), id);
    }

    @GET
    @Path("mentorships")
    @Operation(summary = "My mentorships", description = "As mentor and as mentee, newest first.")
    public List<MentorshipDto> mentorships() {
        return service.mentorships(currentMember.member());
    }

    @POST
    @Path("mentorships/{id}/end")
    @Operation(summary = "End one of my mentorships", description = "Either party may end an active mentorship: "
            + "outcome completed (the default) or ended-early, which needs a reason (at most 1000 characters; optional "
            + "when completed). The reason is kept in the workspace and mailed to the other side. The mentor's place "
            + "becomes free for suggestions.")
    @APIResponse(responseCode = "400", description = "Unknown outcome, reason missing (ended early) or too long")
    @APIResponse(responseCode = "200", description = "The ended mentorship")
    @APIResponse(responseCode = "404", description = "Unknown, or I am not a party to it")
    @APIResponse(responseCode = "409", description = "The mentorship has already ended")
    public MentorshipDto end(@PathParam("id") UUID id, EndMentorship body) {
        return service.end(currentMember.member(), id, body == null ? null : body.outcome(),
                body == null ? null : body.reason());
    }
}
