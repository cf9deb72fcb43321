package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** The sender already has as many open requests as allowed. */
public class OpenRequestLimitException extends DomainException {

    OpenRequestLimitException(int max) {
        super(409, "You already have " + max + " open requests. Wait for an answer or withdraw one before sending another.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(RequestMessages.class, locale).problem(type());
    }

    @Override
    public String type() {
        return "open-request-limit";
    }
}
