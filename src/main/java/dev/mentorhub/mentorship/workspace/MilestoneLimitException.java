package dev.mentorhub.mentorship.workspace;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** A mentorship holds at most {@value Workspaces#MAX_MILESTONES} milestones. */
public class MilestoneLimitException extends DomainException {

    MilestoneLimitException() {
        super(409, "A mentorship can have at most " + Workspaces.MAX_MILESTONES + " milestones. Remove one first.");
    }

    @Override
    public String type() {
        return "milestone-limit";
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(WorkspaceMessages.class, locale).problem(type());
    }
}
