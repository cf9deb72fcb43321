package dev.mentorhub.program.admin;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Pager;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.program.settings.Audience;
import dev.mentorhub.program.settings.Eligibility;
import dev.mentorhub.program.settings.MatchingMode;
import dev.mentorhub.program.OrganizationDto;
import dev.mentorhub.program.OrganizationService;
import dev.mentorhub.program.ProgramConflictException;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.settings.ProgramValidator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The programs an admin runs, grouped by organization; creating one; editing all its settings; the join link. */
@Path("/admin/programs")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProgramAdminPages {

    private static final String BASE = "/admin/programs";
    private static final Pattern QUESTION_FIELD = Pattern.compile("^questions\\[(\\d+)](.*)$");

    private final ProgramService programs;
    private final OrganizationService organizations;
    private final AdminSupport support;

    ProgramAdminPages(ProgramService programs, OrganizationService organizations, AdminSupport support) {
        this.programs = programs;
        this.organizations = organizations;
        this.support = support;
    }

    /** One organization the caller administers, with its programs. */
    public record Group(OrganizationDto organization, List<ProgramDto> programs) {
    }

    /** The settings form: the program (null while creating), values as typed, and errors by field. */
    public record FormView(ProgramDto program, OrganizationDto organization, ProgramForm form,
            Map<String, String> errors, String joinLink, boolean saved) {

        public List<String> audiences() {
            return Arrays.stream(Audience.values()).map(Audience::slug).toList();
        }

        public List<String> modes() {
            return Arrays.stream(MatchingMode.values()).map(MatchingMode::slug).toList();
        }

        public List<String> eligibilities() {
            return Arrays.stream(Eligibility.values()).map(Eligibility::slug).toList();
        }

        public List<String> kinds() {
            return ProgramQuestion.KINDS;
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        /** Errors of one question row: its id, text, kind or options. */
        public String rowError(int row) {
            return String.join(" ", errors.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("questions[" + row + "]")).map(Map.Entry::getValue)
                    .distinct().toList());
        }

        public String action() {
            return program == null ? BASE + "/new?organization=" + organization.id() : BASE + "/" + program.id();
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(List<Group> groups, Pager pager);

        static native TemplateInstance form(FormView view);
    }

    @GET
    public TemplateInstance list(@RestQuery Integer page) {
        support.requireAnyAdmin();
        Caller caller = support.caller();
        List<OrganizationDto> orgs = organizations.list(caller);
        PageRequest p = PageRequest.of(page, AdminSupport.PAGE_SIZE);
        List<Group> groups = orgs.stream().skip(p.offset()).limit(p.size())
                .map(o -> new Group(o, programs.ofOrganization(caller, o.id()))).toList();
        return Templates.list(groups, Pager.of(p.result(groups, orgs.size()), BASE + "?"));
    }

    @GET
    @Path("new")
    public TemplateInstance newProgram(@RestQuery UUID organization) {
        OrganizationDto org = organizations.get(support.caller(), organization);
        return Templates.form(new FormView(null, org, ProgramForm.blank(), Map.of(), "", false));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestQuery UUID organization, @BeanParam ProgramForm form) {
        OrganizationDto org = organizations.get(support.caller(), organization);
        return save(form, null, org, request -> programs.create(support.caller(), org.id(), request));
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath UUID id, @RestQuery boolean saved) {
        ProgramDto program = support.administered(id);
        return Templates.form(new FormView(program, null, ProgramForm.of(program), Map.of(),
                support.joinLink(program.joinCode()), saved));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath UUID id, @BeanParam ProgramForm form) {
        ProgramDto program = support.administered(id);
        return save(form, program, null, request -> programs.update(support.caller(), program.id(), request));
    }

    @POST
    @Path("{id}/join-code")
    public Response rotateJoinCode(@RestPath UUID id) {
        programs.rotateJoinCode(support.caller(), id);
        return seeOther(BASE + "/" + id + "#join-link");
    }

    /**
     * Checks everything at once (unreadable dates and numbers, and the program rules), and only then saves: 303 to
     * the program's page, or the form again with every error and what was typed.
     */
    private Response save(ProgramForm form, ProgramDto program, OrganizationDto org,
            Function<ProgramRequest, ProgramDto> store) {
        ProgramForm.Parsed parsed = form.parse();
        List<FieldError> ruleErrors = new ArrayList<>();
        try {
            ProgramValidator.validate(parsed.request());
        } catch (InvalidInputException e) {
            ruleErrors.addAll(e.errors());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        AdminMessages msg = support.messages();
        parsed.errors().forEach(e -> errors.putIfAbsent(e.field(), msg.error(e.message())));
        support.localized(ruleErrors.stream().map(e -> onRow(e, parsed.rowOfQuestion())).toList())
                .forEach(errors::putIfAbsent);
        errors.computeIfPresent("eligibilityValue", (field, text) -> msg.error(
                Eligibility.EMAIL_DOMAIN.slug().equals(form.eligibility()) ? "eligibilityValue-domain"
                        : "eligibilityValue-group"));
        if (errors.isEmpty()) {
            try {
                ProgramDto saved = store.apply(parsed.request());
                return seeOther(BASE + "/" + saved.id() + "?saved=true");
            } catch (ProgramConflictException e) {
                errors.put("name", msg.error(e.type()));
                return AdminSupport.page(409, Templates.form(view(program, org, form, errors)));
            }
        }
        return AdminSupport.page(400, Templates.form(view(program, org, form, errors)));
    }

    private FormView view(ProgramDto program, OrganizationDto org, ProgramForm form, Map<String, String> errors) {
        return new FormView(program, org, form, errors, program == null ? "" : support.joinLink(program.joinCode()),
                false);
    }

    /** Names a question's error by the form row it came from (empty rows are not sent). */
    private static FieldError onRow(FieldError error, List<Integer> rowOfQuestion) {
        Matcher m = QUESTION_FIELD.matcher(error.field());
        if (m.matches()) {
            int question = Integer.parseInt(m.group(1));
            int row = question < rowOfQuestion.size() ? rowOfQuestion.get(question) : question;
            return new FieldError("questions[" + row + "]" + m.group(2), error.message());
        }
        return error;
    }
}
