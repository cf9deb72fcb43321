package dev.mentorhub.common.web;

import java.util.Locale;

/**
 * Unknown, or not yours to see: both answer the same 404, so ids from another organization or program reveal
 * nothing about what exists there.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(404, "No such " + what + ".");
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
