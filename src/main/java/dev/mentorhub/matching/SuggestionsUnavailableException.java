package dev.mentorhub.matching;

import dev.mentorhub.common.web.DomainException;

/** The caller cannot get suggestions of the kind asked for: no profile yet, or not in that role. */
public class SuggestionsUnavailableException extends DomainException {

    private final String type;

    private SuggestionsUnavailableException(String type, String message) {
        super(404, message);
        this.type = type;
    }

    static SuggestionsUnavailableException noProfile() {
        return new SuggestionsUnavailableException("no-profile",
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
        return new SuggestionsUnavailableException("role-missing", detail);
    }

    @Override
    public String type() {
        return type;
    }
}
