package dev.mentorhub.program.web;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.program.MembershipService.JoinPreview;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.ProgramAnswers;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.cohort.CohortDto;
import dev.mentorhub.program.cohort.CohortService;
import dev.mentorhub.program.invitation.InvitationService.InvitationPreview;
import dev.mentorhub.program.invitation.InvitationService;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The member's side of programs as pages: the programs I belong to and can join, one program (its cohorts and extra
 * questions), the join link page and the invitation page. Rules live in the services; a refusal is shown as a page
 * with its status (403 not eligible, 409 closed, 404 unknown or not mine), never a 500.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProgramPages {

    /** Form fields of the answers form are named {@code answer.<questionId>}. */
    static final String ANSWER_FIELD = "answer.";

    private final ProgramService programs;
    private final MembershipService memberships;
    private final InvitationService invitations;
    private final CohortService cohorts;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    ProgramPages(ProgramService programs, MembershipService memberships, InvitationService invitations,
            CohortService cohorts, CurrentMember currentMember, RequestLocale locale) {
        this.programs = programs;
        this.memberships = memberships;
        this.invitations = invitations;
        this.cohorts = cohorts;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    public record IndexView(List<ProgramDto> mine, List<ProgramDto> joinable, List<InvitationPreview> invitations,
            String notice) {
    }

    public record ShowView(ProgramDto program, List<CohortDto> cohorts, List<QuestionField> questions,
            Map<String, String> errors, String notice) {

        public boolean member() {
            return program.myRole() != null;
        }
    }

    /** One extra question with what the member answered (or typed, when the form comes back with errors). */
    public record QuestionField(String id, String text, String kind, List<String> options, String value,
            List<String> picked) {

        public String fieldName() {
            return ANSWER_FIELD + id;
        }

        public boolean isPicked(String option) {
            return picked.contains(option);
        }
    }

    /** A yes-or-no page before leaving something. */
    public record Confirmation(String title, String text, String action, String button, String back) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance index(IndexView view);

        static native TemplateInstance show(ShowView view);

        static native TemplateInstance join(JoinPreview preview, String code, String problem);

        static native TemplateInstance invitation(InvitationPreview invitation);

        static native TemplateInstance confirm(Confirmation confirmation);

    }

    @GET
    @Path("programs")
    public TemplateInstance index(@RestQuery String done) {
        Caller caller = currentMember.caller();
        List<ProgramDto> mine = new ArrayList<>();
        List<ProgramDto> joinable = new ArrayList<>();
        for (ProgramDto program : programs.list(caller)) {
            (program.myRole() != null ? mine : joinable).add(program);
        }
        return Templates.index(new IndexView(mine, joinable, invitations.pendingInvitationPreviews(caller),
                notice(done)));
    }

    @POST
    @Path("programs/{id}/join")
    public Response joinOpen(@PathParam("id") UUID id, @RestForm String role) {
        return seeOther("/programs/" + memberships.joinOpen(currentMember.caller(), id, role).programId() + "?done=joined");
    }

    @GET
    @Path("programs/{id}/leave")
    public TemplateInstance confirmLeave(@PathParam("id") UUID id) {
        ProgramDto program = programs.get(currentMember.caller(), id);
        if (program.myRole() == null) {
            throw new NotFoundException("program");
        }
        ProgramPageMessages pp = messages();
        return Templates.confirm(new Confirmation(pp.leave_title(program.name()), pp.leave_text(),
                "/programs/" + id + "/leave", pp.leave(), "/programs/" + id));
    }

    @POST
    @Path("programs/{id}/leave")
    public Response leave(@PathParam("id") UUID id) {
        memberships.leave(currentMember.caller(), id);
        return seeOther("/programs?done=left");
    }

    @GET
    @Path("programs/{id}")
    public TemplateInstance show(@PathParam("id") UUID id, @RestQuery String done) {
        return showPage(id, null, Map.of(), notice(done));
    }

    @POST
    @Path("programs/{id}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAnswers(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        ProgramDto program = programs.get(currentMember.caller(), id);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (ProgramQuestion q : program.questions()) {
            List<String> values = form.get(ANSWER_FIELD + q.id());
            if (values != null) {
                answers.put(q.id(), "multi-choice".equals(q.kind()) ? values : values.get(0));
            }
        }
        try {
            memberships.saveAnswers(currentMember.caller(), id, answers);
            return seeOther("/programs/" + id + "?done=answers");
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            ProgramPageMessages pp = messages();
            for (ProgramQuestion q : program.questions()) {
                if (e.errors().stream().anyMatch(f -> f.field().equals(ProgramAnswers.field(q.id())))) {
                    errors.put(q.id(), switch (q.kind()) {
                        case "single-choice" -> pp.error_single();
                        case "multi-choice" -> pp.error_multi();
                        default -> pp.error_text(ProgramAnswers.MAX_TEXT);
                    });
                }
            }
            return page(400, showPage(id, answers, errors, null));
        }
    }

    @POST
    @Path("programs/{id}/cohorts/{cohortId}/enrol")
    public Response enrol(@PathParam("id") UUID id, @PathParam("cohortId") UUID cohortId, @RestForm String role) {
        cohorts.enrol(currentMember.caller(), id, cohortId, role);
        return seeOther("/programs/" + id + "?done=enrolled");
    }

    @GET
    @Path("programs/{id}/cohorts/{cohortId}/leave")
    public TemplateInstance confirmUnenrol(@PathParam("id") UUID id, @PathParam("cohortId") UUID cohortId) {
        CohortDto cohort = cohorts.get(currentMember.caller(), id, cohortId);
        ProgramPageMessages pp = messages();
        return Templates.confirm(new Confirmation(pp.leave_cohort_title(cohort.name()), pp.leave_cohort_text(),
                "/programs/" + id + "/cohorts/" + cohortId + "/leave", pp.leave_cohort(), "/programs/" + id));
    }

    @POST
    @Path("programs/{id}/cohorts/{cohortId}/leave")
    public Response unenrol(@PathParam("id") UUID id, @PathParam("cohortId") UUID cohortId) {
        cohorts.unenrol(currentMember.caller(), id, cohortId);
        return seeOther("/programs/" + id + "?done=unenrolled");
    }

    @GET
    @Path("join/{code}")
    public TemplateInstance joinPage(@PathParam("code") String code) {
        return Templates.join(memberships.joinPreview(currentMember.caller(), code), code, null);
    }

    @POST
    @Path("join/{code}")
    public Response joinByLink(@PathParam("code") String code, @RestForm String role) {
        JoinPreview preview = memberships.joinPreview(currentMember.caller(), code);
        try {
            UUID programId = memberships.joinByLink(currentMember.caller(), code, role).programId();
            return seeOther("/programs/" + programId + "?done=joined");
        } catch (DomainException e) {
            // The join page again, with the reason above its form.
            return page(e.status(), Templates.join(preview, code, e.text(locale.locale())));
        }
    }

    @GET
    @Path("invitations/{token}")
    public TemplateInstance invitation(@PathParam("token") String token) {
        return Templates.invitation(invitations.invitationFor(currentMember.caller(), token));
    }

    @POST
    @Path("invitations/{token}/accept")
    public Response accept(@PathParam("token") String token) {
        UUID programId = invitations.acceptInvitation(currentMember.caller(), token).programId();
        return seeOther("/programs/" + programId + "?done=joined");
    }

    private TemplateInstance showPage(UUID id, Map<String, Object> typed, Map<String, String> errors, String notice) {
        Caller caller = currentMember.caller();
        ProgramDto program = programs.get(caller, id);
        Map<String, Object> answers = typed != null ? typed
                : program.myRole() == null ? Map.of() : memberships.answers(caller, id);
        List<QuestionField> questions = program.questions().stream().map(q -> field(q, answers.get(q.id()))).toList();
        return Templates.show(new ShowView(program, cohorts.list(caller, id), questions, errors, notice));
    }

    private static QuestionField field(ProgramQuestion q, Object answer) {
        List<String> picked = answer instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : answer == null ? List.of() : List.of(String.valueOf(answer));
        String value = answer instanceof String s ? s : "";
        return new QuestionField(q.id(), q.text(), q.kind(), q.options() == null ? List.of() : q.options(), value,
                picked);
    }

    private String notice(String done) {
        if (done == null) {
            return null;
        }
        ProgramPageMessages pp = messages();
        return switch (done) {
            case "joined" -> pp.joined();
            case "left" -> pp.left();
            case "answers" -> pp.answers_saved();
            case "enrolled" -> pp.enrolled();
            case "unenrolled" -> pp.unenrolled();
            default -> null;
        };
    }

    private ProgramPageMessages messages() {
        return messages(locale.locale());
    }

    public static ProgramPageMessages messages(Locale locale) {
        return Bundles.of(ProgramPageMessages.class, locale);
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
