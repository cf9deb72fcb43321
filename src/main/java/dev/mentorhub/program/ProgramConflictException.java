package dev.mentorhub.program;

import dev.mentorhub.common.web.DomainException;

/** A program rule refused the change (cohort state guard, enrolment closed, not eligible, duplicate name...). */
public class ProgramConflictException extends DomainException {

    private final String type;

    public ProgramConflictException(String type, String message) {
        super(409, message);
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }
}
