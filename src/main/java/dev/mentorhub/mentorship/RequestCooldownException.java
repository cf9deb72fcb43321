package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.TooManyRequestsException;
import java.time.Duration;
import java.util.Locale;

/** A new request to someone the sender asked recently, before the cool-down after the last one has passed. */
class RequestCooldownException extends TooManyRequestsException {

    RequestCooldownException(Duration retryAfter) {
        super("request-cooldown", "You asked this person recently. You can send them a new request once the waiting "
                + "time after your last one has passed.", retryAfter);
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(RequestMessages.class, locale).problem(type());
    }
}
