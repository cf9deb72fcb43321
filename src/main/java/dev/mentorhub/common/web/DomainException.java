package dev.mentorhub.common.web;

import java.util.List;

/**
 * A business rule said no. Subclasses name the rule ({@code CapacityReachedException}); the status says how the
 * client should read it. {@link ErrorMappers} turns it into problem+json or the error page.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;

    protected DomainException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Per-field details, for input errors. */
    public List<Problem.FieldError> errors() {
        return List.of();
    }

    /** A short, stable slug for the problem type, e.g. {@code capacity-reached}. */
    public abstract String type();
}
