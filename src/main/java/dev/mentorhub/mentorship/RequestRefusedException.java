package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.DomainException;

/** The sender may not send this request (no profile, wrong role, already asked, already paired). */
public class RequestRefusedException extends DomainException {

    RequestRefusedException(String message) {
        super(409, message);
    }

    @Override
    public String type() {
        return "request-refused";
    }
}
