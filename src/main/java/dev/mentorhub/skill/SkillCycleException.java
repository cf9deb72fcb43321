package dev.mentorhub.skill;

import dev.mentorhub.common.web.AppMessages;
import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.Problem;
import java.util.List;
import java.util.Locale;

/** A move would put a skill under itself or under one of its own descendants (409). */
public class SkillCycleException extends DomainException {

    public SkillCycleException(String slug, String parentSlug) {
        super(409, "'" + slug + "' cannot move under '" + parentSlug + "': that is the skill itself or lies below it.",
                List.of(new Problem.FieldError("parentSlug", "is the skill itself or one of its descendants")));
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(AppMessages.class, locale).skills_error_cycle();
    }

    @Override
    public String type() {
        return "skill-cycle";
    }
}
