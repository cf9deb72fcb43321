package dev.mentorhub.notification;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.web.Bundles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

        static native TemplateInstance request(String lang, String event, String name, String other, String message,
                String link);

        static native TemplateInstance request_text(String event, String name, String other, String message,
                String link);

        static native TemplateInstance invitation(String lang, String program, String inviter, String link);

        static native TemplateInstance nudge(String lang, String name, String other, long days, String link);

        static native TemplateInstance nudge_text(String name, String other, long days, String link);

        static native TemplateInstance session(String lang, String event, String name, String other, String when,
                String zone, String where, String agenda, String reason, String link);

        static native TemplateInstance session_text(String event, String name, String other, String when,
                String zone, String where, String agenda, String reason, String link);

        static native TemplateInstance invitation_text(String program, String inviter, String link);

        static native TemplateInstance event(String lang, String event, String name, String title, String when,
                String zone, String where, String reason, String link);

        static native TemplateInstance event_text(String event, String name, String title, String when, String zone,
                String where, String reason, String link);
    }

    /** Sent once to someone who has just finished onboarding. */
    public RenderedMail welcome(Locale locale, String displayName) {
        Locale lang = supported(locale);
        String appUrl = config.outbox().linkBaseUrl();
        return render("welcome", lang, messages(lang).welcome_subject(displayName),
                Templates.welcome(lang.toLanguageTag(), displayName, appUrl),
                Templates.welcome_text(displayName, appUrl));
    }

    /**
     * A step of a match request, for one side: {@code event} is received, accepted, declined, expired, withdrawn or
     * reminder; {@code other} names the other side; {@code message} (may be null) is the sender's note, only in the
     * mail that tells the mentor about a new request.
     */
    public RenderedMail request(Locale locale, String event, String displayName, String other, String message) {
        Locale lang = supported(locale);
        String link = config.outbox().linkBaseUrl() + "/requests";
        return render("request-" + event, lang, messages(lang).request_subject(event, other),
                Templates.request(lang.toLanguageTag(), event, displayName, other, message, link),
                Templates.request_text(event, displayName, other, message, link));
    }

    /** An invitation to a program; {@code token} is the invitation's secret, put in the link. */
    public RenderedMail invitation(Locale locale, String program, String inviter, String token) {
        Locale lang = supported(locale);
        String link = config.outbox().linkBaseUrl() + "/invitations/" + token;
        return render("invitation", lang, messages(lang).invitation_subject(program),
                Templates.invitation(lang.toLanguageTag(), program, inviter, link),
                Templates.invitation_text(program, inviter, link));
    }

    /**
     * What a session mail says: {@code event} is proposed, rescheduled, confirmed, declined, cancelled or reminder;
     * {@code when} is already written in the recipient's zone; {@code where}, {@code agenda}, {@code reason} may be
     * null; {@code path} is the session's page.
     */
    public record SessionMail(String event, String name, String other, String when, String zone, String where,
            String agenda, String reason, String path) {
    }

    /** A step of a session, for one of its two members; the invite goes with it as an attachment (see Outbox). */
    public RenderedMail session(Locale locale, SessionMail m) {
        Locale lang = supported(locale);
        String link = config.outbox().linkBaseUrl() + m.path();
        return render("session-" + m.event(), lang, messages(lang).session_subject(m.event(), m.other(), m.when()),
                Templates.session(lang.toLanguageTag(), m.event(), m.name(), m.other(), m.when(), m.zone(), m.where(),
                        m.agenda(), m.reason(), link),
                Templates.session_text(m.event(), m.name(), m.other(), m.when(), m.zone(), m.where(), m.agenda(),
                        m.reason(), link));
    }

    /**
     * What an event mail says: {@code event} is promoted, changed, cancelled or reminder; {@code when} is written in
     * the recipient's zone; {@code where} (only for those going) and {@code reason} may be null; {@code path} is the
     * event's page.
     */
    public record EventMail(String event, String name, String title, String when, String zone, String where,
            String reason, String path) {
    }

    /** A step of an event, for one attendee; its invite (or cancellation) goes with it as an attachment. */
    public RenderedMail event(Locale locale, EventMail m) {
        Locale lang = supported(locale);
        String link = config.outbox().linkBaseUrl() + m.path();
        return render("event-" + m.event(), lang, messages(lang).event_subject(m.event(), m.title(), m.when()),
                Templates.event(lang.toLanguageTag(), m.event(), m.name(), m.title(), m.when(), m.zone(), m.where(),
                        m.reason(), link),
                Templates.event_text(m.event(), m.name(), m.title(), m.when(), m.zone(), m.where(), m.reason(), link));
    }

    /** A nudge to one member of a mentorship that has had no session for {@code days}; {@code path} is its page. */
    public RenderedMail nudge(Locale locale, String name, String other, long days, String path) {
        Locale lang = supported(locale);
        String link = config.outbox().linkBaseUrl() + path;
        return render("mentorship-nudge", lang, messages(lang).nudge_subject(other),
                Templates.nudge(lang.toLanguageTag(), name, other, days, link),
                Templates.nudge_text(name, other, days, link));
    }

    /** English unless the locale asks for Chinese: the only languages the mails ship in. */
    static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static MailMessages messages(Locale lang) {
        return Bundles.of(MailMessages.class, lang);
    }

    private static RenderedMail render(String template, Locale lang, String subject, TemplateInstance html,
            TemplateInstance text) {
        // Set after creation, so the recipient's language wins over the request's (see LocalizedTemplates).
        return new RenderedMail(template, lang, subject, html.setLocale(lang).render(), text.setLocale(lang).render());
    }
}
