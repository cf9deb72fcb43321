package dev.mentorhub.notification;

import static dev.mentorhub.notification.OutboxTestSupport.at;
import static dev.mentorhub.notification.OutboxTestSupport.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

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
}
