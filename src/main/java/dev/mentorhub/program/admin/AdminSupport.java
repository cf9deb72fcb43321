package dev.mentorhub.program.admin;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.ProgramService;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What every admin page needs: the caller, the program they administer (or 404 through {@link ProgramAccess}), the
 * messages in the request's language, and the way back (a 303 on success, the page with a status on failure).
 */
@RequestScoped
public class AdminSupport {

    static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CurrentMember currentMember;
    private final RequestLocale locale;
    private final ProgramAccess access;
    private final ProgramService programs;
    private final MentorHubConfig config;

    AdminSupport(CurrentMember currentMember, RequestLocale locale, ProgramAccess access, ProgramService programs,
            MentorHubConfig config) {
        this.currentMember = currentMember;
        this.locale = locale;
        this.access = access;
        this.programs = programs;
        this.config = config;
    }

    public Caller caller() {
        return currentMember.caller();
    }

    public Locale locale() {
        return locale.locale();
    }

    /** The program as its admin sees it; anyone else gets the same 404 as for an unknown id. */
    public ProgramDto administered(UUID programId) {
        return programs.toDto(caller(), access.administered(caller(), programId));
    }

    /** Only admins of something see the admin area; everyone else finds nothing there. */
    public void requireAnyAdmin() {
        if (!access.isAnyAdmin(caller())) {
            throw new NotFoundException("page");
        }
    }

    public String joinLink(String code) {
        return code == null ? "" : config.outbox().linkBaseUrl() + "/join/" + code;
    }

    public AdminMessages messages() {
        return Bundles.of(AdminMessages.class, locale());
    }

    /**
     * The service's field errors as messages in the page's language, keyed by field: indexed fields such as
     * "questions[2].text" keep their name so the form can mark the row.
     */
    public Map<String, String> localized(List<FieldError> errors) {
        AdminMessages msg = messages();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.putIfAbsent(error.field(), msg.error(errorKey(error.field())));
        }
        return byField;
    }

    /** Which message explains a broken field: "questions[0].options" → "question.options", enums → "choice". */
    public static String errorKey(String field) {
        if (field.startsWith("questions[")) {
            int dot = field.indexOf('.');
            return dot < 0 ? "questions" : "question" + field.substring(dot);
        }
        return switch (field) {
            case "audience", "matchingMode", "eligibility", "role" -> "choice";
            default -> field;
        };
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The form again, with what was typed and why it was refused; the status says how it went. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
