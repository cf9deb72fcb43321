package dev.mentorhub.notification;

import static dev.mentorhub.notification.OutboxTestSupport.at;
import static dev.mentorhub.notification.OutboxTestSupport.mail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.testsupport.TestData;
import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session invites: an iCalendar body goes through the outbox and out attached to its mail. */
@QuarkusTest
class OutboxCalendarTest {

    static final String CANCEL = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//MentorHub//Sessions//EN\r
            METHOD:CANCEL\r
            BEGIN:VEVENT\r
            UID:session-42@mentorhub.test\r
            DTSTAMP:20261203T120000Z\r
            DTSTART:20261210T090000Z\r
            DTEND:20261210T100000Z\r
            SEQUENCE:1\r
            STATUS:CANCELLED\r
            SUMMARY:Mentoring session\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    MailSender realSender;

    @Inject
    OutboxTestSupport support;

    @Inject
    EntityManager em;

    @Test
    void shouldAttachTheCalendarAsInviteIcsWithItsMethod() {
        String recipient = TestData.unique("invite") + "@example.org";
        String key = TestData.unique("session-cancelled");
        support.enqueue(key, recipient, mail("Session cancelled").withCalendar(CANCEL));

        send(key);

        List<Mail> delivered = support.delivered(recipient);
        assertThat(delivered).hasSize(1);
        List<Attachment> attachments = delivered.get(0).getAttachments();
        assertThat(attachments).hasSize(1);
        Attachment invite = attachments.get(0);
        assertThat(invite.getName()).isEqualTo("invite.ics");
        assertThat(invite.getContentType()).contains("text/calendar").contains("method=CANCEL");
        assertThat(bytes(invite)).isEqualTo(CANCEL.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldSendAMailWithoutACalendarWithoutAttachments() {
        String recipient = TestData.unique("plain") + "@example.org";
        String key = TestData.unique("plain");
        support.enqueue(key, recipient, mail("No invite"));

        send(key);

        List<Mail> delivered = support.delivered(recipient);
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).getAttachments()).isEmpty();
    }

    @Test
    void shouldReadTheMethodFromTheCalendarAndDefaultToRequest() {
        assertThat(QuarkusMailSender.calendarMethod(CANCEL)).isEqualTo("CANCEL");
        assertThat(QuarkusMailSender.calendarMethod("BEGIN:VCALENDAR\nmethod:publish\nEND:VCALENDAR\n"))
                .isEqualTo("PUBLISH");
        assertThat(QuarkusMailSender.calendarMethod(CANCEL.replace("METHOD:CANCEL\r\n", ""))).isEqualTo("REQUEST");
    }

    @Test
    void shouldReplaceTheCalendarWhenAQueuedMailIsRewritten() {
        String key = TestData.unique("invitation");
        support.enqueue(key, TestData.unique("rewrite") + "@example.org", mail("Invite").withCalendar(CANCEL));
        assertThat(calendar(key)).isEqualTo(CANCEL);

        QuarkusTransaction.requiringNew().run(() -> outbox.rewriteOrForget(key, locale -> mail("Rewritten")));

        assertThat(calendar(key)).isNull();
        assertThat(support.byKey(key).subject()).isEqualTo("Rewritten");
    }

    /** Sends everything due up to the message's time, which includes mail other tests left in the outbox. */
    private void send(String key) {
        Instant due = support.byKey(key).nextAttemptAt();
        while (worker.sendBatch("worker-calendar", realSender, at(due)) > 0) {
            // next batch
        }
        assertThat(support.byKey(key).status()).isEqualTo(OutboxStatus.SENT);
    }

    private String calendar(String key) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select calendar from outbox_message where message_key = :key")
                .setParameter("key", key).getSingleResult());
    }

    private static byte[] bytes(Attachment attachment) {
        List<Byte> data = Multi.createFrom().publisher(attachment.getData()).collect().asList().await().indefinitely();
        byte[] bytes = new byte[data.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i);
        }
        return bytes;
    }
}
