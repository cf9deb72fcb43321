package dev.mentorhub.common.web;

import java.util.Locale;

/** A page POST without a verified CSRF token (or sent from another site): refused before the page runs. */
public class FormTokenException extends DomainException {

    public FormTokenException() {
        super(403, "The form could not be verified. Go back, reload the page and send it again.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(ErrorMessages.class, locale).form_token();
    }

    @Override
    public String type() {
        return "form-token-required";
    }
}
