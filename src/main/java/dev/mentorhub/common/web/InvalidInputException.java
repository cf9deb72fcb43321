package dev.mentorhub.common.web;

import java.util.List;
import java.util.Locale;

/** Input broke one or more rules; each error names the field as the client sent it. Nothing was written. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(400, "The request has " + errors.size() + " invalid field(s).", errors);
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(ErrorMessages.class, locale).invalid_input(errors().size());
    }

    @Override
    public String type() {
        return "invalid-input";
    }
}
