package dev.mentorhub.common.web;

import java.util.Locale;

/**
 * Unknown, or not yours to see: both answer the same 404, so ids from another organization or program reveal
 * nothing about what exists there.
 */
public class NotFoundException extends DomainException {

    private final String what;

    /** Nothing at this address, or nothing the caller may see. */
    public NotFoundException() {
        super(404, "Nothing here: the address is wrong or the item is not visible to you.");
        this.what = null;
    }

    /** No such {@code what} ("program", "cohort"...), or not one the caller may see. */
    public NotFoundException(String what) {
        super(404, "No such " + what + ".");
        this.what = what;
    }

    @Override
    public String text(Locale locale) {
        ErrorMessages m = Bundles.of(ErrorMessages.class, locale);
        return what == null ? m.not_found() : switch (what) {
            case "program" -> m.no_such_program();
            case "organization" -> m.no_such_organization();
            case "cohort" -> m.no_such_cohort();
            case "invitation" -> m.no_such_invitation();
            case "member" -> m.no_such_member();
            case "admin" -> m.no_such_admin();
            case "enrolment" -> m.no_such_enrolment();
            case "pending request" -> m.no_such_pending_request();
            case "event" -> m.no_such_event();
            default -> m.not_found();
        };
    }

    @Override
    public String type() {
        return "not-found";
    }
}
