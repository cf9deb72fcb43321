package dev.mentorhub.program.dashboard;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.ErrorMessages;
import java.util.Locale;

/** A chart id the dashboard does not have. */
class UnknownChartException extends DomainException {

    UnknownChartException() {
        super(404, "No such chart.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(ErrorMessages.class, locale).not_found();
    }

    @Override
    public String type() {
        return "not-found";
    }
}
