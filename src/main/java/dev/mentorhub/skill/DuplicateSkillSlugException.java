package dev.mentorhub.skill;

import dev.mentorhub.common.web.AppMessages;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.Problem;
import java.util.List;
import java.util.Locale;

/** A skill with this slug already exists (409). Slugs are never reused, retired skills keep theirs. */
public class DuplicateSkillSlugException extends DomainException {

    public DuplicateSkillSlugException(String slug) {
        super(409, "A skill with the slug '" + slug + "' already exists.",
                List.of(new Problem.FieldError("slug", "already taken")));
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(AppMessages.class, locale).skills_error_duplicate();
    }

    @Override
    public String type() {
        return "duplicate-skill-slug";
    }
}
