package dev.mentorhub.common.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/**
 * A message bundle in a language, for text written from Java (templates get theirs by namespace): Chinese for any
 * {@code zh} locale, else English, the languages the UI ships in. {@code Bundles.of(AdminMessages.class, locale)}.
 */
public final class Bundles {

    private Bundles() {
    }

    public static <T> T of(Class<T> bundle, Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage())
                ? MessageBundles.get(bundle, Localized.Literal.of("zh"))
                : MessageBundles.get(bundle);
    }
}
