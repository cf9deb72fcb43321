package dev.mentorhub.matching;

import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem;
import java.util.List;
import java.util.Locale;

/** Whom the caller is looking for: mentors (asking as mentee), mentees (as mentor), or peers for an exchange. */
public enum SuggestionMode {
    MENTEE, MENTOR, PEER;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named by {@code as}, or null for anything else (the page then shows the default). */
    static SuggestionMode parseOrNull(String as) {
        try {
            return parse(as);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** The mode named by {@code as}; null or blank means "not given"; anything else is invalid input. */
    static SuggestionMode parse(String as) {
        if (as == null || as.isBlank()) {
            return null;
        }
        for (SuggestionMode mode : values()) {
            if (mode.slug().equals(as.strip().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new InvalidInputException(List.of(
                new Problem.FieldError("as", "must be one of mentee, mentor, peer")));
    }
}
