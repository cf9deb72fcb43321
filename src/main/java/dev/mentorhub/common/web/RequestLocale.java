package dev.mentorhub.common.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: the {@code lang} cookie set by the language switch, else the best match of the
 * browser's Accept-Language, else English. Only the languages the UI ships in are ever chosen.
 */
@RequestScoped
public class RequestLocale {

    public static final String COOKIE = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE);

    private final CurrentVertxRequest currentRequest;
    private Locale locale;

    RequestLocale(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    public Locale locale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public String languageTag() {
        return locale().equals(Locale.CHINESE) ? "zh-CN" : "en";
    }

    static Locale supportedOrNull(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }

    private Locale resolve() {
        if (currentRequest.getCurrent() == null) {
            return Locale.ENGLISH;
        }
        HttpServerRequest request = currentRequest.getCurrent().request();
        Cookie cookie = request.getCookie(COOKIE);
        return of(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
    }

    /** The language for a {@code lang} cookie value and an {@code Accept-Language} header, either possibly null. */
    static Locale of(String cookie, String acceptLanguage) {
        Locale chosen = supportedOrNull(cookie);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage != null) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
