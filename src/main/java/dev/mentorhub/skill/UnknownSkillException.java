package dev.mentorhub.skill;

import dev.mentorhub.common.web.AppMessages;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.Problem;
import java.util.List;
import java.util.Locale;

/** Input named a skill that does not exist or is retired (status 400, the field named in the problem). */
public class UnknownSkillException extends DomainException {

    private final String slug;

    public UnknownSkillException(String field, String slug) {
        super(400, "There is no active skill '" + slug + "'.",
                List.of(new Problem.FieldError(field, "unknown or retired skill")));
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(AppMessages.class, locale).skills_unknown(slug);
    }

    @Override
    public String type() {
        return "unknown-skill";
    }
}
