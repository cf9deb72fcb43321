package dev.mentorhub.program.dashboard;

import dev.mentorhub.common.web.DomainException;

/** A chart id the dashboard does not have. */
class UnknownChartException extends DomainException {

    UnknownChartException() {
        super(404, "No such chart.");
    }

    @Override
    public String type() {
        return "not-found";
    }
}
