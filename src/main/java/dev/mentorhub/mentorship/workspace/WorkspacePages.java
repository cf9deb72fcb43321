package dev.mentorhub.mentorship.workspace;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Problem;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.MentorshipStateException;
import dev.mentorhub.mentorship.RequestDto;
import dev.mentorhub.profile.GoalTag;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * "My mentorships" ({@code /mentorships}, each with its next session) and one mentorship's workspace
 * ({@code /mentorships/{id}}): what the pair agreed, their notes, their milestones and the end. Every change is a form
 * post that redirects back with a confirmation; a refused one shows the page again with what was typed and why.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WorkspacePages {

    static final int PAGE_SIZE = 20;
    static final Set<String> DONE = Set.of("agreed", "notes", "milestone-added", "milestone-done",
            "milestone-undone", "milestone-removed", "ended", "blocked");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 EEE HH:mm", Locale.CHINESE);

    private final Workspaces workspaces;
    private final MatchRequestService requests;
    private final ProfileService profiles;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    WorkspacePages(Workspaces workspaces, MatchRequestService requests, ProfileService profiles,
            CurrentMember currentMember, RequestLocale locale) {
        this.workspaces = workspaces;
        this.requests = requests;
        this.profiles = profiles;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    /** One mentorship as a list or the workspace shows it, from my side. */
    public record Card(WorkspaceDto w, boolean iMentor, RequestDto.Party partner, String nextSession) {

        public boolean active() {
            return w.status().equals("active");
        }
    }

    public record ListView(PageDto<Card> mentorships, String done) {
    }

    /** What was typed into the agreement form, kept as typed when it is refused. */
    public record AgreementForm(List<String> goals, String cadenceWeeks, String sessionMinutes, String plannedEnd) {

        public boolean has(String goal) {
            return goals.contains(goal);
        }
    }

    public record WorkspaceView(Card card, AgreementForm agreement, String notesDraft, String milestoneDraft,
            Map<String, String> errors, String problem, String done, String zone) {

        public List<String> allGoals() {
            return Arrays.stream(GoalTag.values()).map(GoalTag::slug).toList();
        }

        public List<String> cadences() {
            return List.of("1", "2", "4");
        }

        public List<String> lengths() {
            return List.of("30", "45", "60");
        }

        /** An unsaved edit of the notes that lost a race with the other member's save: shown to copy from. */
        public boolean notesConflict() {
            return notesDraft != null && !notesDraft.equals(card.w().notes());
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance workspace(WorkspaceView view);
    }

    @GET
    @Path("mentorships")
    public TemplateInstance list(@RestQuery Integer page, @RestQuery String done) {
        Member me = currentMember.member();
        ZoneId zone = profiles.zoneOf(me.id());
        PageDto<WorkspaceDto> mine = workspaces.mine(me, PageRequest.of(page, PAGE_SIZE));
        return Templates.list(new ListView(mine.map(w -> card(w, me, zone)), known(done)));
    }

    @GET
    @Path("mentorships/{id}")
    public TemplateInstance workspace(@PathParam("id") UUID id, @RestQuery String done) {
        Member me = currentMember.member();
        WorkspaceDto w = workspaces.view(me, id);
        return page(me, w, formOf(w), null, "", Map.of(), null, known(done));
    }

    @POST
    @Path("mentorships/{id}/agreement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response agree(@PathParam("id") UUID id, @RestForm Long version, @RestForm List<String> goals,
            @RestForm String cadenceWeeks, @RestForm String sessionMinutes, @RestForm String plannedEnd) {
        Member me = currentMember.member();
        AgreementForm typed = new AgreementForm(goals == null ? List.of() : goals, nz(cadenceWeeks),
                nz(sessionMinutes), nz(plannedEnd));
        LocalDate end = typed.plannedEnd().isBlank() ? null : date(typed.plannedEnd());
        if (end == null && !typed.plannedEnd().isBlank()) {
            WorkspaceDto w = workspaces.view(me, id);
            return refused(400, page(me, w, typed, null, "", Map.of("plannedEnd", messages().error("plannedEnd")),
                    messages().fix(), null));
        }
        UpdateWorkspace body = new UpdateWorkspace(version, typed.goals(), number(typed.cadenceWeeks()),
                number(typed.sessionMinutes()), end, null);
        return save(me, id, body, typed, null, "agreed");
    }

    @POST
    @Path("mentorships/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notes(@PathParam("id") UUID id, @RestForm Long version, @RestForm String notes) {
        Member me = currentMember.member();
        String typed = nz(notes).replace("\r\n", "\n");
        return save(me, id, new UpdateWorkspace(version, null, null, null, null, typed), null, typed, "notes");
    }

    @POST
    @Path("mentorships/{id}/milestones")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMilestone(@PathParam("id") UUID id, @RestForm String title) {
        Member me = currentMember.member();
        try {
            workspaces.addMilestone(me, id, new NewMilestone(title));
            return back(id, "milestone-added");
        } catch (InvalidInputException e) {
            WorkspaceDto w = workspaces.view(me, id);
            return refused(400, page(me, w, formOf(w), null, nz(title), errors(e), messages().fix(), null));
        } catch (MilestoneLimitException | MentorshipStateException e) {
            WorkspaceDto w = workspaces.view(me, id);
            return refused(409, page(me, w, formOf(w), null, nz(title), Map.of(), e.text(locale.locale()), null));
        }
    }

    @POST
    @Path("mentorships/{id}/milestones/{milestone}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response done(@PathParam("id") UUID id, @PathParam("milestone") UUID milestone) {
        workspaces.tick(currentMember.member(), id, milestone, true);
        return back(id, "milestone-done");
    }

    @POST
    @Path("mentorships/{id}/milestones/{milestone}/undone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undone(@PathParam("id") UUID id, @PathParam("milestone") UUID milestone) {
        workspaces.tick(currentMember.member(), id, milestone, false);
        return back(id, "milestone-undone");
    }

    @POST
    @Path("mentorships/{id}/milestones/{milestone}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") UUID id, @PathParam("milestone") UUID milestone) {
        workspaces.removeMilestone(currentMember.member(), id, milestone);
        return back(id, "milestone-removed");
    }

    @POST
    @Path("mentorships/{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, @RestForm String outcome, @RestForm String reason) {
        Member me = currentMember.member();
        try {
            requests.end(me, id, outcome, reason);
            return back(id, "ended");
        } catch (InvalidInputException e) {
            WorkspaceDto w = workspaces.view(me, id);
            return refused(400, page(me, w, formOf(w), null, "", errors(e), messages().fix(), null));
        }
    }

    private Response save(Member me, UUID id, UpdateWorkspace body, AgreementForm typed, String notes,
            String done) {
        try {
            workspaces.update(me, id, body);
            return back(id, done);
        } catch (InvalidInputException e) {
            WorkspaceDto w = workspaces.view(me, id);
            return refused(400, page(me, w, typed == null ? formOf(w) : typed, notes, "", errors(e),
                    messages().fix(), null));
        } catch (WorkspaceChangedException e) {
            // What the other member saved is shown; what I typed is kept beside it (notes) to copy from.
            WorkspaceDto w = workspaces.view(me, id);
            return refused(409, page(me, w, formOf(w), notes, "", Map.of(), e.text(locale.locale()), null));
        }
    }

    private TemplateInstance page(Member me, WorkspaceDto w, AgreementForm form, String notesDraft,
            String milestoneDraft, Map<String, String> errors, String problem, String done) {
        ZoneId zone = profiles.zoneOf(me.id());
        return Templates.workspace(new WorkspaceView(card(w, me, zone), form, notesDraft, milestoneDraft, errors,
                problem, done, zone.getId()));
    }

    private Card card(WorkspaceDto w, Member me, ZoneId zone) {
        boolean iMentor = w.mentor().id().equals(me.id());
        return new Card(w, iMentor, iMentor ? w.mentee() : w.mentor(), when(w.nextSession(), zone));
    }

    private String when(Instant instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        boolean zh = locale.locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        return (zh ? ZH : EN).format(instant.atZone(zone));
    }

    private static AgreementForm formOf(WorkspaceDto w) {
        return new AgreementForm(w.goals(), w.cadenceWeeks() == null ? "" : String.valueOf(w.cadenceWeeks()),
                w.sessionMinutes() == null ? "" : String.valueOf(w.sessionMinutes()),
                w.plannedEnd() == null ? "" : w.plannedEnd().toString());
    }

    private Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        WorkspaceMessages m = messages();
        for (Problem.FieldError error : e.errors()) {
            errors.putIfAbsent(error.field(), m.error(error.field()));
        }
        return errors;
    }

    private static Response refused(int status, TemplateInstance page) {
        return Response.status(status).entity(page).build();
    }

    private static Response back(UUID id, String done) {
        return seeOther("/mentorships/" + id + "?done=" + done);
    }

    private static String known(String done) {
        return done != null && DONE.contains(done) ? done : null;
    }

    /** A select's value: blank is 0 (not agreed), anything unreadable -1 (refused by the service). */
    private static Integer number(String value) {
        if (value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private WorkspaceMessages messages() {
        return Bundles.of(WorkspaceMessages.class, locale.locale());
    }
}
