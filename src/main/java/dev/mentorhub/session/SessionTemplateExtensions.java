package dev.mentorhub.session;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the session pages write them, in the page's language: {@code {day.date.weekday}} "Tue 8 Dec". */
@TemplateExtension
class SessionTemplateExtensions {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 EEE", Locale.CHINESE);
    private static final DateTimeFormatter EN_SHORT = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_SHORT = DateTimeFormatter.ofPattern("EEE d日", Locale.CHINESE);

    private SessionTemplateExtensions() {
    }

    static String weekday(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return (chinese(locale) ? ZH : EN).format(date);
    }

    /** A grid column's head: "Tue 8". */
    static String column(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return (chinese(locale) ? ZH_SHORT : EN_SHORT).format(date);
    }

    private static boolean chinese(Object locale) {
        return locale instanceof Locale l && Locale.CHINESE.getLanguage().equals(l.getLanguage());
    }
}
