package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.DomainException;

/** The mentorship has already ended: it cannot end again. */
public class MentorshipStateException extends DomainException {

    MentorshipStateException() {
        super(409, "This mentorship has already ended.");
    }

    @Override
    public String type() {
        return "mentorship-not-active";
    }
}
