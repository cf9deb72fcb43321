package dev.mentorhub.session;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** A session step that its state does not allow (409): accepting one's own proposal, marking a future one held... */
public class SessionStateException extends DomainException {

    private final String key;
    private final String status;

    private SessionStateException(String key, String status, String message) {
        super(409, message);
        this.key = key;
        this.status = status;
    }

    static SessionStateException not(SessionStatus status) {
        return new SessionStateException("state", status.slug(),
                "This session is " + status.slug() + " and cannot change that way.");
    }

    static SessionStateException ownProposal() {
        return new SessionStateException("own-proposal", null,
                "You proposed this session; the other side accepts or declines it.");
    }

    static SessionStateException notYet() {
        return new SessionStateException("not-yet", null,
                "This session has not started yet; mark it held or missed afterwards.");
    }

    static SessionStateException mentorshipEnded() {
        return new SessionStateException("mentorship-ended", null,
                "This mentorship has ended; its sessions can no longer be booked or changed.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(SessionMessages.class, locale).refused(key, status == null ? "" : status);
    }

    @Override
    public String type() {
        return key.equals("mentorship-ended") ? "mentorship-not-active" : "session-state";
    }
}
