package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** The mentorship has already ended: it cannot end again. */
public class MentorshipStateException extends DomainException {

    MentorshipStateException() {
        super(409, "This mentorship has already ended.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(RequestMessages.class, locale).problem(type());
    }

    @Override
    public String type() {
        return "mentorship-not-active";
    }
}
