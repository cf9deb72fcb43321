package dev.mentorhub.notification;

/**
 * The seam between the outbox and the mail server. Implementations must put {@link OutgoingMail#messageId()} in the
 * Message-ID header: the worker gives the same one on every attempt of a message, which is what lets receivers drop
 * the repeat after a crash between sending and recording the send.
 */
interface MailSender {

    /** Hands the mail to the mail server; returns once it has been accepted, throws if it was not. */
    void send(OutgoingMail mail);

    /** {@code calendar} is an iCalendar body to attach, or null for none. */
    record OutgoingMail(String messageId, String to, String subject, String html, String text, String calendar) {
    }
}
