package dev.mentorhub.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Enqueues and inspects outbox messages for the outbox tests. */
@ApplicationScoped
class OutboxTestSupport {

    private final Outbox outbox;
    private final OutboxRepository repository;
    private final MockMailbox mailbox;

    OutboxTestSupport(Outbox outbox, OutboxRepository repository, MockMailbox mailbox) {
        this.outbox = outbox;
        this.repository = repository;
        this.mailbox = mailbox;
    }

    static RenderedMail mail(String subject) {
        return new RenderedMail("test", Locale.ENGLISH, subject, "<p>" + subject + "</p>", subject);
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Enqueues, in a transaction of its own, one message per key to {@code to}. */
    void enqueue(String to, List<String> keys) {
        QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> outbox.enqueue(key, to, null, mail(key))));
    }

    /** Enqueues {@code mail} under {@code key} to {@code to}, in a transaction of its own. */
    void enqueue(String key, String to, RenderedMail mail) {
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(key, to, null, mail));
    }

    OutboxMessage byKey(String key) {
        return QuarkusTransaction.requiringNew().call(() -> repository.find("messageKey", key).singleResult());
    }

    /** The stored calendar of the message under {@code key}, or null. */
    String calendarByKey(String key) {
        return QuarkusTransaction.requiringNew().call(() -> (String) repository.getEntityManager()
                .createNativeQuery("select calendar from outbox_message where message_key = :key")
                .setParameter("key", key).getSingleResult());
    }

    long countByKey(String key) {
        return QuarkusTransaction.requiringNew().call(() -> repository.count("messageKey", key));
    }

    List<OutboxMessage> to(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> repository.list("recipientEmail", recipient));
    }

    /** The Message-ID of each delivery to {@code recipient}, in the order the mock mailbox received them. */
    List<String> deliveredMessageIds(String recipient) {
        synchronized (mailbox) {
            return mailbox.getMailsSentTo(recipient).stream().map(OutboxTestSupport::messageId).toList();
        }
    }

    /** The mail the mock mailbox received for {@code recipient}, in order. */
    List<Mail> delivered(String recipient) {
        synchronized (mailbox) {
            return List.copyOf(mailbox.getMailsSentTo(recipient));
        }
    }

    static String messageId(Mail mail) {
        List<String> ids = mail.getHeaders().get(QuarkusMailSender.MESSAGE_ID);
        return ids == null || ids.size() != 1 ? null : ids.get(0);
    }

    /**
     * The real sender, one send at a time: Quarkus's MockMailbox keeps its mail in a plain HashMap, so two threads
     * sending into it at once could lose a delivery that did happen.
     */
    MailSender serialised(MailSender real) {
        return mail -> {
            synchronized (mailbox) {
                real.send(mail);
            }
        };
    }
}
