package dev.mentorhub.skill;

import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.Problem;
import java.util.List;

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
    public String type() {
        return "unknown-skill";
    }
}
