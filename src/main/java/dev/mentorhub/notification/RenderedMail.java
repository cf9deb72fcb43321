package dev.mentorhub.notification;

import java.util.Locale;

/**
 * A mail rendered in its recipient's language, ready for {@link Outbox#enqueue}. Make one with a factory in
 * {@link Mails}, never by hand, so every mail has an HTML and a text part from the same templates.
 */
public record RenderedMail(String template, Locale locale, String subject, String html, String text) {
}
