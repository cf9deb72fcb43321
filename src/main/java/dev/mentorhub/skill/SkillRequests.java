package dev.mentorhub.skill;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What admins send to change the taxonomy; the limits match the skill table (V2). */
public final class SkillRequests {

    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String SLUG_MESSAGE = "must be lower-case letters and digits in words joined by single hyphens";
    public static final int MAX_SYNONYMS = 20;

    private SkillRequests() {
    }

    /** A new skill; {@code parentSlug} {@code null} for a top-level area. */
    public record Create(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG_PATTERN, message = SLUG_MESSAGE) String slug,
            @NotBlank @Size(max = 120) String nameEn,
            @NotBlank @Size(max = 120) String nameZh,
            @Size(max = 80) @Pattern(regexp = SLUG_PATTERN, message = SLUG_MESSAGE) String parentSlug,
            @Size(max = MAX_SYNONYMS) List<@NotBlank @Size(max = 120) String> synonyms) {

        public List<String> synonymsOrEmpty() {
            return synonyms == null ? List.of() : synonyms;
        }
    }

    /** New names; {@code synonyms} replaces the whole list, or leaves it as it is when {@code null}. */
    public record Rename(
            @NotBlank @Size(max = 120) String nameEn,
            @NotBlank @Size(max = 120) String nameZh,
            @Size(max = MAX_SYNONYMS) List<@NotBlank @Size(max = 120) String> synonyms) {
    }

    /** The new parent, {@code null} to make the skill a top-level area. */
    public record Move(@Size(max = 80) @Pattern(regexp = SLUG_PATTERN, message = SLUG_MESSAGE) String parentSlug) {
    }
}
