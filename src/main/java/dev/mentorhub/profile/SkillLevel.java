package dev.mentorhub.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill someone teaches (level = proficiency) or wants to learn (level = target level), 1 to 5. */
@Embeddable
public record SkillLevel(@Column(name = "skill_id", nullable = false) Long skillId,
        @Column(name = "level", nullable = false) int level) {
}
