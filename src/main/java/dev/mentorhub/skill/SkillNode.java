package dev.mentorhub.skill;

import java.util.List;

/** One skill of the taxonomy with its children, as the API and the pages show it. */
public record SkillNode(String slug, String nameEn, String nameZh, List<String> synonyms, boolean retired,
        List<SkillNode> children) {
}
