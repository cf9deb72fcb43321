package dev.mentorhub.notification;

import static dev.mentorhub.notification.OutboxTestSupport.at;
import static dev.mentorhub.notification.OutboxTestSupport.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    /** A session invite being cancelled, as RFC 5545 text with CRLF line ends. */
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
    MentorHubConfig config;

    @Test
    void shouldRollBackTheMessageWithTheCallersTransaction() {
        String key = TestData.unique("rollback");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(key, "rollback@example.org", null, mail("Never sent"));
            throw new IllegalStateException("the business change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(support.countByKey(key)).isZero();
    }

    @Test
    void shouldCommitTheMessageWithTheCallersTransaction() {
        String key = TestData.unique("commit");
        support.enqueue("commit@example.org", List.of(key));

        OutboxMessage message = support.byKey(key);
        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.attempts()).isZero();
        assertThat(message.subject()).isEqualTo(key);
    }

    @Test
    void shouldRefuseToEnqueueOutsideATransaction() {
        assertThatThrownBy(() -> outbox.enqueue(TestData.unique("no-tx"), "x@example.org", null, mail("x")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void shouldKeepOneMessageWhenTheSameKeyIsEnqueuedTwice() {
        String key = TestData.unique("request-accepted");
        boolean first = QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(key, "twice@example.org", null, mail("first")));
        boolean second = QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(key, "twice@example.org", null, mail("second")));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(support.countByKey(key)).isEqualTo(1);
        assertThat(support.byKey(key).subject()).isEqualTo("first");
    }

    @Test
    void shouldRetryWithGrowingBackoffThenGiveUpAfterMaxAttempts() {
        String recipient = TestData.unique("bounce") + "@example.org";
        String key = TestData.unique("retry");
        support.enqueue(recipient, List.of(key));
        MailSender refusing = mail -> {
            if (mail.to().equals(recipient)) {
                throw new IllegalStateException("550 mailbox unavailable");
            }
            realSender.send(mail);
        };
        int maxAttempts = config.outbox().maxAttempts();
        Duration backoff = config.outbox().retryBackoff();
        Instant now = support.byKey(key).nextAttemptAt();
        // Other tests leave mail in the outbox that is due earlier and would fill the first batches: send it first.
        while (worker.sendBatch("worker-drain", realSender, at(now.minusMillis(1))) > 0) {
            assertThat(support.byKey(key).attempts()).isZero();
        }

        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            sendUntilAttempted(refusing, key, attempt, now);
            OutboxMessage message = support.byKey(key);
            Duration wait = backoff.multipliedBy(1L << (attempt - 1));
            assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(message.attempts()).isEqualTo(attempt);
            assertThat(message.nextAttemptAt()).isEqualTo(now.plus(wait));
            assertThat(message.lastError()).contains("550 mailbox unavailable");
            assertThat(message.claimedBy()).isNull();

            // Not due yet: a worker passing by just before leaves it alone.
            worker.sendBatch("worker-retry", refusing, at(now.plus(wait).minusSeconds(1)));
            assertThat(support.byKey(key).attempts()).isEqualTo(attempt);
            now = now.plus(wait);
        }
        sendUntilAttempted(refusing, key, maxAttempts, now);

        OutboxMessage failed = support.byKey(key);
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(maxAttempts);
        assertThat(failed.sentAt()).isNull();
        worker.sendBatch("worker-retry", refusing, at(now.plus(Duration.ofDays(1))));
        assertThat(support.byKey(key).attempts()).isEqualTo(maxAttempts);
    }

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
        assertThat(support.calendarByKey(key)).isEqualTo(CANCEL);

        QuarkusTransaction.requiringNew().run(() -> outbox.rewriteOrForget(key, locale -> mail("Rewritten")));

        assertThat(support.calendarByKey(key)).isNull();
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

    /**
     * Runs batches at {@code now} until the message has had {@code attempts} attempts. Mail other tests queued (or
     * left claimed, as the crash tests do) may fall due in the same window and fill a batch first; the refusing
     * sender delivers those, so each extra batch makes progress.
     */
    private void sendUntilAttempted(MailSender sender, String key, int attempts, Instant now) {
        while (support.byKey(key).attempts() < attempts && worker.sendBatch("worker-retry", sender, at(now)) > 0) {
            assertThat(support.byKey(key).attempts()).isLessThanOrEqualTo(attempts);
        }
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
