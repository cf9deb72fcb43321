package dev.mentorhub.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends through Quarkus Mailer (SMTP in production, its mock mailbox in dev mode and tests). */
@ApplicationScoped
class QuarkusMailSender implements MailSender {

    static final String MESSAGE_ID = "Message-ID";

    private final Mailer mailer;

    QuarkusMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(OutgoingMail mail) {
        // Our header replaces the one the mail client would generate (vertx-mail MailEncoder lets message headers win).
        mailer.send(Mail.withHtml(mail.to(), mail.subject(), mail.html())
                .setText(mail.text())
                .addHeader(MESSAGE_ID, mail.messageId()));
    }
}
