package dev.mentorhub.skill;

import dev.mentorhub.common.web.AppMessages;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** The skill addressed by the URL does not exist (404). */
public class SkillNotFoundException extends DomainException {

    private final String slug;

    public SkillNotFoundException(String slug) {
        super(404, "There is no skill '" + slug + "'.");
        this.slug = slug;
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(AppMessages.class, locale).skills_not_found(slug);
    }

    @Override
    public String type() {
        return "skill-not-found";
    }
}
