package dev.mentorhub.matching;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** The caller cannot get suggestions of the kind asked for: no profile yet, or not in that role. */
public class SuggestionsUnavailableException extends DomainException {

    private final String type;
    private final SuggestionMode mode;

    private SuggestionsUnavailableException(String type, SuggestionMode mode, String message) {
        super(404, message);
        this.type = type;
        this.mode = mode;
    }

    static SuggestionsUnavailableException noProfile() {
        return new SuggestionsUnavailableException("no-profile", null,
                "You have no profile yet. Create one (PUT /api/v1/profiles/me, or /profile/edit in the browser) with"
                        + " the skills you teach or want to learn, and suggestions will follow.");
    }

    static SuggestionsUnavailableException missingRole(SuggestionMode mode) {
        String detail = switch (mode) {
            case MENTEE -> "Your profile does not say you are looking for a mentor. Add the mentee role and the"
                    + " skills you want to learn to get mentors suggested.";
            case MENTOR -> "Your profile does not say you mentor others. Add the mentor role and the skills you"
                    + " teach to get mentees suggested.";
            case PEER -> "Peer exchange needs both roles: add mentor and mentee to your profile, with skills you"
                    + " teach and skills you want to learn.";
        };
        return new SuggestionsUnavailableException("role-missing", mode, detail);
    }

    @Override
    public String text(Locale locale) {
        return mode == null ? Bundles.of(MatchingMessages.class, locale).empty_no_profile()
                : Bundles.of(MatchingMessages.class, locale).empty_role_missing(mode.slug());
    }

    @Override
    public String type() {
        return type;
    }
}
