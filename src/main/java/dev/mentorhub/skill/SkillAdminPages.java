package dev.mentorhub.skill;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.Roles;
import dev.mentorhub.common.web.AppMessages;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.ErrorMappers;
import dev.mentorhub.common.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The platform admins' page for the skill taxonomy: the tree, and forms to add, rename, move, retire, restore. */
@Path("/admin/skills")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SkillAdminPages {

    private static final String BASE = "/admin/skills";

    private final SkillService skillService;
    private final RequestLocale requestLocale;

    SkillAdminPages(SkillService skillService, RequestLocale requestLocale) {
        this.skillService = skillService;
        this.requestLocale = requestLocale;
    }

    /** One line of the tree: {@code inactive} when the skill or one above it is retired. */
    public record Row(String slug, String nameEn, String nameZh, String synonyms, boolean retired, boolean inactive,
            int depth, String parentSlug) {
    }

    /** A skill that can become a parent, labelled with its place in the tree. */
    public record ParentOption(String slug, String label) {
    }

    public record AddForm(@RestForm String slug, @RestForm String nameEn, @RestForm String nameZh,
            @RestForm String parentSlug, @RestForm String synonyms) {

        static final AddForm EMPTY = new AddForm("", "", "", "", "");
    }

    public record RenameForm(@RestForm String nameEn, @RestForm String nameZh, @RestForm String synonyms) {
    }

    public record MoveForm(@RestForm String parentSlug) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance index(List<Row> rows, List<ParentOption> parents, AddForm form,
                Map<String, String> errors);

        static native TemplateInstance edit(Row skill, List<ParentOption> parents, String parentSlug, RenameForm form,
                Map<String, String> errors);
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TemplateInstance index() {
        return index(AddForm.EMPTY, Map.of());
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response add(@BeanParam AddForm form) {
        return attempt(() -> skillService.create(new SkillRequests.Create(trimmed(form.slug()), form.nameEn(),
                form.nameZh(), blankToNull(form.parentSlug()), synonyms(form.synonyms()))),
                BASE, errors -> index(form, errors));
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TemplateInstance edit(@RestPath String slug) {
        return edit(slug, null, Map.of());
    }

    @POST
    @Path("{slug}/rename")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response rename(@RestPath String slug, @BeanParam RenameForm form) {
        return attempt(() -> skillService.rename(slug,
                new SkillRequests.Rename(form.nameEn(), form.nameZh(), synonyms(form.synonyms()))),
                BASE + "/" + slug, errors -> edit(slug, form, errors));
    }

    @POST
    @Path("{slug}/move")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response move(@RestPath String slug, @BeanParam MoveForm form) {
        return attempt(() -> skillService.move(slug, new SkillRequests.Move(blankToNull(form.parentSlug()))),
                BASE + "/" + slug, errors -> edit(slug, null, errors));
    }

    @POST
    @Path("{slug}/retire")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response retire(@RestPath String slug) {
        skillService.retire(slug);
        return seeOther(BASE + "/" + slug);
    }

    @POST
    @Path("{slug}/restore")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response restore(@RestPath String slug) {
        skillService.restore(slug);
        return seeOther(BASE + "/" + slug);
    }

    private TemplateInstance index(AddForm form, Map<String, String> errors) {
        List<Row> rows = rows();
        return Templates.index(rows, parentOptions(rows, null), form, errors);
    }

    /** The edit page; {@code form} {@code null} shows the stored names. */
    private TemplateInstance edit(String slug, RenameForm form, Map<String, String> errors) {
        List<Row> rows = rows();
        Row skill = rows.stream().filter(r -> r.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new SkillNotFoundException(slug));
        RenameForm shown = form != null ? form : new RenameForm(skill.nameEn(), skill.nameZh(), skill.synonyms());
        return Templates.edit(skill, parentOptions(rows, skill), skill.parentSlug() == null ? "" : skill.parentSlug(),
                shown, errors);
    }

    /** Runs a change: 303 to {@code success}, or the page again with the errors (never a 500 for bad input). */
    private Response attempt(Runnable change, String success, Function<Map<String, String>, TemplateInstance> page) {
        try {
            change.run();
            return seeOther(success);
        } catch (ConstraintViolationException e) {
            return rerender(400, page.apply(errorsOf(e)));
        } catch (DuplicateSkillSlugException | SkillCycleException | UnknownSkillException e) {
            return rerender(e.status(), page.apply(errorsOf(e)));
        }
    }

    private static Response rerender(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        flatten(skillService.tree(true), null, false, 0, rows);
        return rows;
    }

    private static void flatten(List<SkillNode> nodes, String parentSlug, boolean parentInactive, int depth,
            List<Row> into) {
        for (SkillNode node : nodes) {
            boolean inactive = parentInactive || node.retired();
            into.add(new Row(node.slug(), node.nameEn(), node.nameZh(), String.join(", ", node.synonyms()),
                    node.retired(), inactive, depth, parentSlug));
            flatten(node.children(), node.slug(), inactive, depth + 1, into);
        }
    }

    /** Active skills in tree order, leaving out {@code moving} and everything below it (they cannot be its parent). */
    private static List<ParentOption> parentOptions(List<Row> rows, Row moving) {
        List<ParentOption> options = new ArrayList<>();
        int skipBelow = -1;
        for (Row row : rows) {
            if (skipBelow >= 0 && row.depth() > skipBelow) {
                continue;
            }
            skipBelow = -1;
            if (moving != null && row.slug().equals(moving.slug())) {
                skipBelow = row.depth();
                continue;
            }
            if (!row.inactive()) {
                options.add(new ParentOption(row.slug(), "— ".repeat(row.depth()) + row.nameEn() + " / " + row.nameZh()));
            }
        }
        return options;
    }

    private Map<String, String> errorsOf(ConstraintViolationException e) {
        AppMessages msg = messages();
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.putIfAbsent(ErrorMappers.fieldName(violation), describe(violation, msg));
        }
        return errors;
    }

    private Map<String, String> errorsOf(DomainException e) {
        AppMessages msg = messages();
        String text = e instanceof DuplicateSkillSlugException ? msg.skills_error_duplicate()
                : e instanceof SkillCycleException ? msg.skills_error_cycle()
                : msg.skills_error_unknown_parent();
        Map<String, String> errors = new TreeMap<>();
        e.errors().forEach(error -> errors.put(error.field(), text));
        return errors;
    }

    private static String describe(ConstraintViolation<?> violation, AppMessages msg) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Pattern) {
            return msg.skills_error_slug();
        }
        if (constraint instanceof NotBlank || constraint instanceof NotNull) {
            return msg.skills_error_required();
        }
        if (constraint instanceof Size size) {
            return violation.getInvalidValue() instanceof Collection<?>
                    ? msg.skills_error_too_many_synonyms(size.max())
                    : msg.skills_error_too_long(size.max());
        }
        return violation.getMessage();
    }

    private AppMessages messages() {
        Locale locale = requestLocale.locale();
        return Bundles.of(AppMessages.class, locale);
    }

    /** "torch, PyTorch 2，火炬" → three synonyms: commas (also the Chinese ones) and line breaks separate them. */
    static List<String> synonyms(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
