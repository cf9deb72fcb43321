package dev.mentorhub.notification;

import java.util.Locale;

/**
 * A mail rendered in its recipient's language, ready for {@link Outbox#enqueue}. Make one with a factory in
 * {@link Mails}, never by hand, so every mail has an HTML and a text part from the same templates.
 *
 * @param calendar an iCalendar body (RFC 5545 text, e.g. a session invite) sent attached as {@code invite.ics}, or
 *                 null for none; add it with {@link #withCalendar}
 */
public record RenderedMail(String template, Locale locale, String subject, String html, String text,
        String calendar) {

    /** A mail without a calendar attachment. */
    public RenderedMail(String template, Locale locale, String subject, String html, String text) {
        this(template, locale, subject, html, text, null);
    }

    /** This mail with {@code ics} attached (null: without an attachment). */
    public RenderedMail withCalendar(String ics) {
        return new RenderedMail(template, locale, subject, html, text, ics);
    }
}
