package dev.mentorhub.common.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become responses: API clients (anything under /api, or not asking for HTML) get
 * {@code application/problem+json} with an English detail; browsers get the error page with the same status, worded
 * in the reader's language (cookie, then Accept-Language): {@link DomainException#text} for a refusal, the
 * {@link ErrorMessages} bundle for the rest. No stack trace ever leaves. Pages catch a refusal only to show a form
 * again with what was typed.
 */
public class ErrorMappers {

    static final String TYPE_PREFIX = "https://mentorhub.dev/problems/";

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, RetryAfter retry);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(headers, uri, 400, "invalid-input", "Invalid input",
                "The request has " + errors.size() + " invalid field(s).", errors,
                locale -> errors(locale).invalid_input(errors.size()));
    }

    /** Wins over the JSON extension's own mapper, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Log.debugf("Unreadable JSON: %s", e.getOriginalMessage());
        List<Problem.FieldError> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors = List.of(new Problem.FieldError(jsonPath(mapping), "has the wrong type or format"));
        }
        return respond(headers, uri, 400, "malformed-body", "Malformed request body",
                "The body is not valid JSON for this endpoint.", errors, locale -> errors(locale).malformed_body());
    }

    /** A refusal; one over a limit (TooManyRequestsException) also says when to retry: Retry-After, and on the page. */
    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        Log.debugf("Rule refused the request: %s", e.getMessage());
        RetryAfter retry = e instanceof TooManyRequestsException limited
                ? new RetryAfter(limited.retryAfterSeconds()) : null;
        return respond(headers, uri, e.status(), e.type(), reasonPhrase(e.status()), e.getMessage(), e.errors(), retry,
                e::text);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(headers, uri, 403, "forbidden", "Forbidden", "You may not do this.", List.of(),
                locale -> errors(locale).forbidden());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Response original = e.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        if (original.getStatus() >= 500) {
            Log.error("Request failed", e);
        }
        Response.StatusType status = original.getStatusInfo();
        int code = status.getStatusCode();
        return respond(headers, uri, code, slug(status.getReasonPhrase()), status.getReasonPhrase(),
                detailFor(errors(Locale.ENGLISH), code), List.of(), locale -> detailFor(errors(locale), code));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Log.error("Unexpected error", e);
        return respond(headers, uri, 500, "internal-error", "Internal error",
                "Something went wrong on our side. It has been logged.", List.of(),
                locale -> errors(locale).internal_error());
    }

    private static Response respond(HttpHeaders headers, UriInfo uri, int status, String type, String title,
            String detail, List<Problem.FieldError> errors, Function<Locale, String> pageText) {
        return respond(headers, uri, status, type, title, detail, errors, null, pageText);
    }

    /**
     * API clients get {@code detail} (English, for developers); a browser gets the error page with {@code pageText}
     * in the reader's language. With {@code retry}: a {@code Retry-After} header (seconds), and the page says when.
     */
    private static Response respond(HttpHeaders headers, UriInfo uri, int status, String type, String title,
            String detail, List<Problem.FieldError> errors, RetryAfter retry, Function<Locale, String> pageText) {
        String path = uri.getPath();
        Response.ResponseBuilder response;
        if (!path.startsWith("/api/") && wantsHtml(headers)) {
            Locale locale = localeOf(headers);
            response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.error(status, statusTitle(errors(locale), status), pageText.apply(locale), retry)
                            .setLocale(locale));
        } else {
            Problem problem = new Problem(TYPE_PREFIX + type, title, status, detail, path, errors);
            response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        }
        if (retry != null) {
            response.header(HttpHeaders.RETRY_AFTER, retry.seconds());
        }
        return response.build();
    }

    /** The reader's language, from the request itself: the page chrome and the retry line are in it. */
    private static Locale localeOf(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(RequestLocale.COOKIE);
        return RequestLocale.of(cookie == null ? null : cookie.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static boolean wantsHtml(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    /**
     * The field as the client sent it: the last node of "create.request.headline" is "headline"; an element of a
     * list ("create.request.synonyms[2].&lt;list element&gt;") is named by its list, "synonyms".
     */
    public static String fieldName(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field = node.getName();
            }
        }
        return field == null ? "" : field;
    }

    /** "teachSkills[0].proficiency" from Jackson's reference chain. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String slug(String reason) {
        return reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String detailFor(ErrorMessages m, int status) {
        return switch (status) {
            case 404 -> m.not_found();
            case 405 -> m.method_not_allowed();
            case 406 -> m.not_acceptable();
            case 413 -> m.too_large();
            case 415 -> m.unsupported_type();
            default -> m.not_handled();
        };
    }

    private static String statusTitle(ErrorMessages m, int status) {
        return switch (status) {
            case 400 -> m.status_400();
            case 403 -> m.status_403();
            case 404 -> m.status_404();
            case 405 -> m.status_405();
            case 406 -> m.status_406();
            case 409 -> m.status_409();
            case 410 -> m.status_410();
            case 413 -> m.status_413();
            case 415 -> m.status_415();
            case 429 -> m.status_429();
            case 500 -> m.status_500();
            default -> m.status_other();
        };
    }

    private static ErrorMessages errors(Locale locale) {
        return Bundles.of(ErrorMessages.class, locale);
    }

    /** The standard phrase; JAX-RS's enum lacks some codes (422), which must not turn a refusal into a 500. */
    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
    }
}
