package dev.mentorhub.skill;

import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.Problem;
import java.util.List;

/** A skill with this slug already exists (409). Slugs are never reused, retired skills keep theirs. */
public class DuplicateSkillSlugException extends DomainException {

    public DuplicateSkillSlugException(String slug) {
        super(409, "A skill with the slug '" + slug + "' already exists.",
                List.of(new Problem.FieldError("slug", "already taken")));
    }

    @Override
    public String type() {
        return "duplicate-skill-slug";
    }
}
