package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** The request has already been decided (or withdrawn, or has expired): it cannot change again. */
public class RequestStateException extends DomainException {

    RequestStateException(RequestStatus status) {
        super(409, "This request is " + status.name().toLowerCase() + " and can no longer change.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(RequestMessages.class, locale).problem(type());
    }

    @Override
    public String type() {
        return "request-not-pending";
    }
}
