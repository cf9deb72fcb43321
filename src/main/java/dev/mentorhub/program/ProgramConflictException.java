package dev.mentorhub.program;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** A program rule refused the change (cohort state guard, enrolment closed, not eligible, duplicate name...). */
public class ProgramConflictException extends DomainException {

    private final String type;

    public ProgramConflictException(String type, String message) {
        super(409, message);
        this.type = type;
    }

    @Override
    public String text(Locale locale) {
        ProgramErrorMessages m = Bundles.of(ProgramErrorMessages.class, locale);
        return switch (type) {
            case "enrolment-closed" -> m.enrolment_closed();
            case "cohort-not-enrolling" -> m.cohort_closed();
            case "not-a-member" -> m.not_member();
            case "cohort-role" -> m.cohort_role();
            case "duplicate-name" -> m.duplicate_name();
            case "cohort-state" -> m.cohort_state();
            case "reminded-recently" -> m.reminded_recently();
            case "cannot-remind" -> m.cannot_remind();
            case "import-raced" -> m.import_raced();
            default -> getMessage();
        };
    }

    @Override
    public String type() {
        return type;
    }
}
