package dev.mentorhub.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends through Quarkus Mailer (SMTP in production, its mock mailbox in dev mode and tests). */
@ApplicationScoped
class QuarkusMailSender implements MailSender {

    static final String MESSAGE_ID = "Message-ID";
    static final String CALENDAR_FILE = "invite.ics";

    /** The calendar's METHOD line (RFC 5545 3.7.2); the value is a bare token, so it is safe in a header. */
    private static final Pattern METHOD = Pattern.compile("^METHOD(?:;[^:\\r\\n]*)?:([A-Za-z-]+)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private final Mailer mailer;

    QuarkusMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(OutgoingMail mail) {
        // Our header replaces the one the mail client would generate (vertx-mail MailEncoder lets message headers win).
        Mail message = Mail.withHtml(mail.to(), mail.subject(), mail.html())
                .setText(mail.text())
                .addHeader(MESSAGE_ID, mail.messageId());
        if (mail.calendar() != null) {
            // Calendar clients pick the action (invite, update, cancel) from the method in the content type.
            message.addAttachment(CALENDAR_FILE, mail.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + calendarMethod(mail.calendar()));
        }
        mailer.send(message);
    }

    /** The METHOD of an iCalendar body, upper case; REQUEST when it has none. */
    static String calendarMethod(String ics) {
        Matcher method = METHOD.matcher(ics);
        return method.find() ? method.group(1).toUpperCase(Locale.ROOT) : "REQUEST";
    }
}
