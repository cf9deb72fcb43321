package dev.mentorhub.mentorship;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Problem;
import dev.mentorhub.common.web.TooManyRequestsException;
import dev.mentorhub.member.Member;
import dev.mentorhub.profile.ProfileDto;
import dev.mentorhub.profile.ProfileService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * /requests: requests I received and sent (my mentorships have their own page), with Accept / Decline / Withdraw as form posts
 * that redirect back with a confirmation ({@code done}) or a refusal ({@code problem}), and the "Request mentorship"
 * form's target (shown on profiles and suggestion cards, re-rendered here with the errors when refused).
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    static final String TAB_RECEIVED = "received";
    static final String TAB_SENT = "sent";
    /** The third tab is the "My mentorships" page. */
    static final String MENTORSHIPS = "/mentorships";
    static final int PAGE_SIZE = 20;
    /** Confirmations and refusals the page words; anything else in the query is ignored. */
    static final Set<String> DONE = Set.of("sent", "accepted", "declined", "withdrawn", "blocked");
    static final Set<String> PROBLEMS = Set.of("capacity-reached", "request-not-pending", "open-request-limit",
            "reason-too-long", RequestRefusedException.NO_PROFILE,
            RequestRefusedException.NOT_MENTEE, RequestRefusedException.NOT_PEER,
            RequestRefusedException.ALREADY_ASKED, RequestRefusedException.ALREADY_PAIRED);

    private final MatchRequestService service;
    private final ProfileService profiles;
    private final RequestOffers offers;
    private final CurrentMember currentMember;

    RequestPages(MatchRequestService service, ProfileService profiles, RequestOffers offers,
            CurrentMember currentMember) {
        this.service = service;
        this.profiles = profiles;
        this.offers = offers;
        this.currentMember = currentMember;
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(RequestsView view);

        static native TemplateInstance compose(ProfileDto recipient, RequestForm form, String problem);
    }

    /** One tab of the page; {@code done} and {@code problem} are the flash after an action. */
    public record RequestsView(String tab, PageDto<RequestDto> requests, String done, String problem) {

        public List<String> tabs() {
            return List.of(TAB_RECEIVED, TAB_SENT);
        }

        public RequestDto.Party otherOf(RequestDto r) {
            return r.mine() ? r.recipient() : r.sender();
        }

        public String pageBase() {
            return link(tab) + "&";
        }
    }

    static String link(String tab) {
        return "/requests?tab=" + tab;
    }

    @GET
    @Path("requests")
    public Response list(@RestQuery String tab, @RestQuery Integer page, @RestQuery String done,
            @RestQuery String problem) {
        if ("mentorships".equals(tab)) {
            // The tab moved to its own page; old links and bookmarks still arrive.
            return seeOther(MENTORSHIPS);
        }
        Member me = currentMember.member();
        String shown = TAB_SENT.equals(tab) ? tab : TAB_RECEIVED;
        PageDto<RequestDto> requests = service.list(me, shown.equals(TAB_SENT), null, PageRequest.of(page, PAGE_SIZE));
        return Response.ok(Templates.list(new RequestsView(shown, requests, known(DONE, done),
                known(PROBLEMS, problem)))).build();
    }

    @POST
    @Path("requests/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id) {
        return act(TAB_RECEIVED, "accepted", () -> service.accept(currentMember.member(), id));
    }

    @POST
    @Path("requests/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, @RestForm String reason) {
        return act(TAB_RECEIVED, "declined", () -> service.decline(currentMember.member(), id, reason));
    }

    @POST
    @Path("requests/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id) {
        return act(TAB_SENT, "withdrawn", () -> service.withdraw(currentMember.member(), id));
    }

    /**
     * The "Request mentorship" form. Sent: to the Sent tab with a confirmation. Refused: the recipient's profile with
     * the form again, what was typed kept, errors next to the fields (400) or the reason above (409). Over a rate
     * limit: the error page (429) with when to try again.
     */
    @POST
    @Path("requests/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestForm UUID recipientId, @RestForm String kind, @RestForm String message,
            @RestForm List<String> goals, @RestForm UUID programId) {
        Member me = currentMember.member();
        if (recipientId == null) {
            throw new NotFoundException();
        }
        // Browsers count a line break as one character towards maxlength but send it as CR LF.
        String typed = message == null ? null : message.replace("\r\n", "\n");
        try {
            service.send(me, new SendRequest(recipientId, kind, typed, goals, programId));
            return seeOther(link(TAB_SENT) + "&done=sent");
        } catch (TooManyRequestsException e) {
            // The error page says when to try again, and the response carries Retry-After.
            throw e;
        } catch (DomainException e) {
            ProfileDto recipient = profiles.visibleTo(recipientId, me).orElseThrow(NotFoundException::new);
            Set<String> fields = e instanceof InvalidInputException
                    ? e.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet())
                    : Set.of();
            RequestForm form = offers.toProfile(recipient).inProgram(programId).withInput(kind, typed, goals, fields);
            String problem = fields.isEmpty() ? problemOf(e) : "";
            return Response.status(e.status()).entity(Templates.compose(recipient, form, problem)).build();
        }
    }

    /** The value if the page knows it, else "" (Set.of refuses to look up null). */
    private static String known(Set<String> values, String value) {
        return value != null && values.contains(value) ? value : "";
    }

    private static Response act(String tab, String done, Runnable action) {
        try {
            action.run();
            return seeOther(link(tab) + "&done=" + done);
        } catch (DomainException e) {
            return seeOther(link(tab) + "&problem=" + problemOf(e));
        }
    }

    /** The page's word for a refusal: the refusal's reason, a too-long reason field, or the problem type. */
    private static String problemOf(DomainException e) {
        if (e instanceof RequestRefusedException refused) {
            return refused.reason();
        }
        if (e instanceof InvalidInputException) {
            return "reason-too-long";
        }
        return e.type();
    }
}
