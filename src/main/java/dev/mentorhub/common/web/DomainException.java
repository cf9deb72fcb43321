package dev.mentorhub.common.web;

import java.util.List;
import java.util.Locale;

/**
 * A business rule said no. Subclasses name the rule ({@code CapacityReachedException}); the status says how the
 * client should read it. {@link ErrorMappers} turns it into problem+json, whose detail is the (English) message, or
 * into the error page, which says {@link #text} in the reader's language. Pages need not catch refusals to word them.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final List<Problem.FieldError> errors;

    protected DomainException(int status, String message) {
        this(status, message, List.of());
    }

    /** A refusal caused by particular input fields, named in the problem's {@code errors[]}. */
    protected DomainException(int status, String message, List<Problem.FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** A short, stable slug for the problem type, e.g. {@code capacity-reached}. */
    public abstract String type();

    /** The refusal as a person reads it on a page, in their language (from the feature's message bundle). */
    public abstract String text(Locale locale);
}
