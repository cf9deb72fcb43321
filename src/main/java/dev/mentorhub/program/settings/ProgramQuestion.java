package dev.mentorhub.program.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * An extra onboarding question of a program. {@code kind} is short-text, single-choice or multi-choice; choices have
 * options. When {@code feedsMatching} is set, answers become goal tags the matching engine compares.
 */
public record ProgramQuestion(String id, String text, String kind, List<String> options, boolean feedsMatching) {

    public static final List<String> KINDS = List.of("short-text", "single-choice", "multi-choice");

    @JsonIgnore
    public boolean isChoice() {
        return !"short-text".equals(kind);
    }
}
