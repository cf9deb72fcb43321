package dev.mentorhub.program.attention;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.program.ProgramConflictException;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.attention.AttentionItems.IdleMentor;
import dev.mentorhub.program.attention.AttentionItems.PendingRequest;
import dev.mentorhub.program.attention.AttentionItems.UnmatchedMentee;
import dev.mentorhub.program.web.ProgramPageMessages;
import dev.mentorhub.program.web.ProgramPages;
import dev.mentorhub.session.InactiveMentorships.Inactive;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;

/** The admins' attention lists of one program, one tab per list; the program's other admin pages link here. */
@Path("/admin/programs")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AttentionPages {

    static final List<String> TABS = List.of("requests", "mentees", "mentors", "mentorships");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AttentionService attention;
    private final ProgramService programs;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    AttentionPages(AttentionService attention, ProgramService programs, CurrentMember currentMember,
            RequestLocale locale) {
        this.attention = attention;
        this.programs = programs;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    /** One tab's page of rows (the other two lists are null) and every list's total for the tab labels. */
    public record AttentionView(UUID programId, String programName, String tab, long requestCount, long menteeCount,
            long mentorCount, long mentorshipCount, PageDto<PendingRequest> requests, PageDto<UnmatchedMentee> mentees,
            PageDto<IdleMentor> mentors, PageDto<Inactive> mentorships, String notice) {

        public List<String> tabs() {
            return TABS;
        }

        public String when(Instant instant) {
            return instant == null ? "" : WHEN.format(instant);
        }

        public String pageBase() {
            return "/admin/programs/" + programId + "/attention?tab=" + tab + "&";
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance attention(AttentionView view);
    }

    @GET
    @Path("{id}/attention")
    public TemplateInstance page(@PathParam("id") UUID id, @RestQuery String tab, @RestQuery Integer page,
            @RestQuery String done) {
        Caller caller = currentMember.caller();
        ProgramDto program = programs.administered(caller, id);
        String shown = tab != null && TABS.contains(tab) ? tab : TABS.get(0);
        PageRequest p = PageRequest.of(page, AttentionResource.PAGE_SIZE);
        // The other tabs need only their totals: a first page of one row each.
        PageRequest countOnly = new PageRequest(0, 1);
        PageDto<PendingRequest> requests = attention.pendingRequests(caller, id,
                shown.equals("requests") ? p : countOnly);
        PageDto<UnmatchedMentee> mentees = attention.unmatchedMentees(caller, id,
                shown.equals("mentees") ? p : countOnly);
        PageDto<IdleMentor> mentors = attention.idleMentors(caller, id, shown.equals("mentors") ? p : countOnly);
        PageDto<Inactive> mentorships = attention.inactiveMentorships(caller, id,
                shown.equals("mentorships") ? p : countOnly);
        return Templates.attention(new AttentionView(program.id(), program.name(), shown, requests.total(),
                mentees.total(), mentors.total(), mentorships.total(), shown.equals("requests") ? requests : null,
                shown.equals("mentees") ? mentees : null, shown.equals("mentors") ? mentors : null,
                shown.equals("mentorships") ? mentorships : null, notice(done)));
    }

    @POST
    @Path("{id}/attention/requests/{requestId}/reminder")
    public Response remind(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @RestQuery Integer page) {
        String done;
        try {
            attention.remind(currentMember.caller(), id, requestId);
            done = "reminded";
        } catch (ProgramConflictException e) {
            done = e.type().equals("reminded-recently") ? "too-soon" : "failed";
        }
        return seeOther("/admin/programs/" + id + "/attention?tab=requests&page="
                + PageRequest.of(page, AttentionResource.PAGE_SIZE).page() + "&done=" + done);
    }

    private String notice(String done) {
        ProgramPageMessages pp = ProgramPages.messages(locale.locale());
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "reminded" -> pp.reminded();
            case "too-soon" -> pp.reminded_recently();
            case "failed" -> pp.remind_failed();
            default -> null;
        };
    }
}
