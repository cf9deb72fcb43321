package dev.mentorhub.program.cohort;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.program.ProgramConflictException;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.admin.AdminSupport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** A program's cohorts for its admins: the list with states, a form for a new one, and the next-state buttons. */
@Path("/admin/programs/{id}/cohorts")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CohortAdminPages {

    private final CohortService cohorts;
    private final AdminSupport support;

    CohortAdminPages(CohortService cohorts, AdminSupport support) {
        this.cohorts = cohorts;
        this.support = support;
    }

    /** What the new-cohort form shows again after a refusal. */
    public record NewCohortForm(String name, String enrolmentClosesOn) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(ProgramDto program, List<CohortDto> cohorts, NewCohortForm form,
                Map<String, String> errors, String refusal);
    }

    @GET
    public TemplateInstance list(@RestPath UUID id) {
        return page(support.administered(id), new NewCohortForm("", ""), Map.of(), "");
    }

    @POST
    public Response create(@RestPath UUID id, @RestForm String name, @RestForm String enrolmentClosesOn) {
        ProgramDto program = support.administered(id);
        NewCohortForm form = new NewCohortForm(name == null ? "" : name, enrolmentClosesOn == null ? ""
                : enrolmentClosesOn);
        LocalDate closes;
        try {
            closes = form.enrolmentClosesOn().isBlank() ? null : LocalDate.parse(form.enrolmentClosesOn().strip());
        } catch (DateTimeParseException e) {
            return AdminSupport.page(400, page(program, form, Map.of("enrolmentClosesOn",
                    support.messages().error("date")), ""));
        }
        try {
            cohorts.create(support.caller(), program.id(), new CohortService.NewCohort(form.name(), closes));
            return seeOther(base(program.id()));
        } catch (InvalidInputException e) {
            return AdminSupport.page(400, page(program, form, support.localized(e.errors()), ""));
        } catch (ProgramConflictException e) {
            return AdminSupport.page(409, page(program, form, Map.of("name", support.messages().error(e.type())), ""));
        }
    }

    /** Moves a cohort on; a guard's refusal (nobody to match yet) shows on the list as a readable message. */
    @POST
    @Path("{cohortId}/state")
    public Response move(@RestPath UUID id, @RestPath UUID cohortId, @RestForm String state) {
        ProgramDto program = support.administered(id);
        try {
            cohorts.moveTo(support.caller(), program.id(), cohortId, state);
            return seeOther(base(program.id()) + "#cohort-" + cohortId);
        } catch (ProgramConflictException | InvalidInputException e) {
            boolean allowedStep = cohorts.get(support.caller(), program.id(), cohortId).nextStates().contains(state);
            String key = allowedStep && e instanceof ProgramConflictException ? "cohort-state" : "state";
            return AdminSupport.page(e.status(), page(program, new NewCohortForm("", ""), Map.of(),
                    support.messages().error(key)));
        }
    }

    private TemplateInstance page(ProgramDto program, NewCohortForm form, Map<String, String> errors,
            String refusal) {
        return Templates.list(program, cohorts.list(support.caller(), program.id()), form, errors, refusal);
    }

    private static String base(UUID programId) {
        return "/admin/programs/" + programId + "/cohorts";
    }
}
