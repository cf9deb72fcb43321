package dev.mentorhub.mentorship.workspace;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** The workspace changed since the caller read it (the other member saved meanwhile): read it again, then edit. */
public class WorkspaceChangedException extends DomainException {

    WorkspaceChangedException() {
        super(409, "This mentorship was changed since you read it. Read it again and repeat your change.");
    }

    @Override
    public String type() {
        return "workspace-changed";
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(WorkspaceMessages.class, locale).problem(type());
    }
}
