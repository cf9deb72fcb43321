package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/**
 * The sender may not send this request. {@link #reason()} names why for pages that word it themselves:
 * {@code no-profile}, {@code not-mentee}, {@code not-peer}, {@code already-asked}, {@code already-paired}, {@code you-blocked}.
 */
public class RequestRefusedException extends DomainException {

    static final String NO_PROFILE = "no-profile";
    static final String NOT_MENTEE = "not-mentee";
    static final String NOT_PEER = "not-peer";
    static final String ALREADY_ASKED = "already-asked";
    static final String ALREADY_PAIRED = "already-paired";
    static final String YOU_BLOCKED = "you-blocked";

    private final String reason;

    RequestRefusedException(String reason, String message) {
        super(409, message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(RequestMessages.class, locale).problem(reason);
    }

    @Override
    public String type() {
        return "request-refused";
    }
}
