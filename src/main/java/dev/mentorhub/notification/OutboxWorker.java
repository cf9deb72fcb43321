package dev.mentorhub.notification;

import dev.mentorhub.common.config.MentorHubConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Sends the outbox. Every few seconds it claims a batch (one short transaction, {@code FOR UPDATE SKIP LOCKED}, a
 * lease in the row), sends each mail outside any transaction, then marks it SENT, or schedules a retry with
 * exponential backoff, or gives up (FAILED) after the configured number of attempts.
 *
 * <p>Exactly once: no two workers hold the same row at once, and a row is SENT only after the mail server accepted
 * it. A crash after the server accepted a mail but before the row is marked leaves it SENDING; when the lease runs
 * out another worker sends it again with the same Message-ID, which receivers use to drop the repeat
 * (docs/architecture.md, "Email and the outbox").
 */
@ApplicationScoped
public class OutboxWorker {

    private final OutboxRepository outbox;
    private final MailSender sender;
    private final MentorHubConfig.OutboxSettings settings;
    private final Clock clock;
    private final String workerId;

    OutboxWorker(OutboxRepository outbox, MailSender sender, MentorHubConfig config, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = config.outbox();
        this.clock = clock;
        // pid@host plus a random part: unique per running instance, and readable in the claimed_by column.
        this.workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(identity = "outbox-worker", every = "${mentorhub.outbox.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void sendDue() {
        int claimed;
        do {
            claimed = sendBatch(workerId, sender, clock);
        } while (claimed == settings.batchSize());
    }

    /**
     * Claims one batch as {@code workerId} and sends it through {@code mailSender}; returns how many messages it
     * claimed. The parameters are what tests vary to play several workers, a crash or a later time.
     */
    int sendBatch(String workerId, MailSender mailSender, Clock time) {
        List<OutboxRepository.Claimed> batch = outbox.claim(workerId, time.instant(), settings.lease(), settings.batchSize());
        for (OutboxRepository.Claimed message : batch) {
            try {
                mailSender.send(new MailSender.OutgoingMail(messageId(message.id()), message.to(),
                        message.subject(), message.html(), message.text()));
            } catch (RuntimeException e) {
                // The exception's text may name the recipient: it goes to last_error, not to the log.
                Log.warnf("Outbox message %s: attempt %d failed (%s)", message.id(), message.attempt(),
                        e.getClass().getName());
                outbox.markFailed(message.id(), workerId, e.toString(), time.instant(), settings.maxAttempts(),
                        settings.retryBackoff());
                continue;
            }
            outbox.markSent(message.id(), time.instant());
        }
        return batch.size();
    }

    /**
     * The RFC 5322 Message-ID of an outbox message, derived from its id: the same on every attempt, so receivers
     * (and our tests) can recognise a repeat.
     */
    String messageId(UUID outboxId) {
        return "<" + outboxId + "@" + settings.messageIdDomain() + ">";
    }

    /** Tests switch the schedule off ({@code mentorhub.outbox.enabled=false}) and call {@link #sendBatch} themselves. */
    @Singleton
    static class Disabled implements Scheduled.SkipPredicate {

        private final MentorHubConfig config;

        Disabled(MentorHubConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.outbox().enabled();
        }
    }
}
