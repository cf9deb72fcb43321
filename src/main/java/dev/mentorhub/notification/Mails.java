package dev.mentorhub.notification;

import dev.mentorhub.common.config.MentorHubConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Every email the platform sends, rendered in the recipient's language (English, or Simplified Chinese for any
 * {@code zh} locale). Each mail is a pair of type-safe templates in templates/mail: {@code name.html} (inside
 * {@code mail/layout.html}) and {@code name_text.txt}, with its text in {@link MailMessages}. Add a mail by adding
 * the two templates, its messages and a factory method here.
 */
@ApplicationScoped
public class Mails {

    private final MentorHubConfig config;

    Mails(MentorHubConfig config) {
        this.config = config;
    }

    @CheckedTemplate(basePath = "mail", requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance welcome(String lang, String name, String appUrl);

        static native TemplateInstance welcome_text(String name, String appUrl);
    }

    /** Sent once to someone who has just finished onboarding. */
    public RenderedMail welcome(Locale locale, String displayName) {
        Locale lang = supported(locale);
        String appUrl = config.outbox().linkBaseUrl();
        return render("welcome", lang, messages(lang).welcome_subject(displayName),
                Templates.welcome(lang.toLanguageTag(), displayName, appUrl),
                Templates.welcome_text(displayName, appUrl));
    }

    /** English unless the locale asks for Chinese: the only languages the mails ship in. */
    static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static MailMessages messages(Locale lang) {
        return lang.getLanguage().equals("zh")
                ? MessageBundles.get(MailMessages.class, Localized.Literal.of("zh"))
                : MessageBundles.get(MailMessages.class);
    }

    private static RenderedMail render(String template, Locale lang, String subject, TemplateInstance html,
            TemplateInstance text) {
        // Set after creation, so the recipient's language wins over the request's (see LocalizedTemplates).
        return new RenderedMail(template, lang, subject, html.setLocale(lang).render(), text.setLocale(lang).render());
    }
}
