package dev.mentorhub.skill;

import dev.mentorhub.common.web.DomainException;

/** The skill addressed by the URL does not exist (404). */
public class SkillNotFoundException extends DomainException {

    public SkillNotFoundException(String slug) {
        super(404, "There is no skill '" + slug + "'.");
    }

    @Override
    public String type() {
        return "skill-not-found";
    }
}
