package dev.mentorhub.program;

import dev.mentorhub.common.web.DomainException;

/** The caller may see the program but its eligibility rule keeps them out (wrong email domain, not in the group). */
public class NotEligibleException extends DomainException {

    NotEligibleException(String message) {
        super(403, message);
    }

    @Override
    public String type() {
        return "not-eligible";
    }
}
