package dev.mentorhub.program.invitation;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.program.ProgramErrorMessages;
import java.util.Locale;

/**
 * An invitation that exists for the caller but cannot admit them any more (410): it was used already
 * ({@code invitation-used}; tokens are single use) or it expired ({@code invitation-expired}). An admin's new
 * invitation to the address gives a fresh one.
 */
public class InvitationClosedException extends DomainException {

    static final String USED = "invitation-used";
    static final String EXPIRED = "invitation-expired";

    private final String type;

    private InvitationClosedException(String type, String message) {
        super(410, message);
        this.type = type;
    }

    static InvitationClosedException used() {
        return new InvitationClosedException(USED, "This invitation has been used already; ask the program's admins "
                + "to invite you again.");
    }

    static InvitationClosedException expired() {
        return new InvitationClosedException(EXPIRED, "This invitation has expired; ask the program's admins for a "
                + "new one.");
    }

    @Override
    public String text(Locale locale) {
        return type.equals(USED) ? Bundles.of(ProgramErrorMessages.class, locale).invitation_used() : Bundles.of(ProgramErrorMessages.class, locale).invitation_expired();
    }

    @Override
    public String type() {
        return type;
    }
}
