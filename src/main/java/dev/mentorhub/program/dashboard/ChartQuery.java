package dev.mentorhub.program.dashboard;

import java.util.Locale;
import java.util.UUID;

/** What a chart is asked for: the program, and the language for labels that come from data (skill names). */
public record ChartQuery(UUID programId, Locale locale) {

    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
