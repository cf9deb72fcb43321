package dev.mentorhub.program;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/**
 * An admin removed the caller from the program: they cannot come back by themselves (join link, open joining, an
 * invitation sent before the removal) until an admin invites them again (403).
 */
public class RemovedByAdminException extends DomainException {

    public RemovedByAdminException() {
        super(403, "An admin removed you from this program; ask them to invite you again.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(ProgramErrorMessages.class, locale).removed();
    }

    @Override
    public String type() {
        return "removed-by-admin";
    }
}
