package dev.mentorhub.notification;

import dev.mentorhub.common.config.MentorHubConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox. Every few seconds it claims one message at a time (one short transaction, {@code FOR UPDATE SKIP
 * LOCKED}, a lease and a fresh claim token in the row), sends it outside any transaction, then marks it SENT, or
 * schedules a retry with exponential backoff, or gives up (FAILED) after the configured number of attempts; each
 * mark only where the claim token is still the one it claimed with.
 *
 * <p>Exactly once: no two workers hold the same row at once, a lease covers one send (which the mailer's timeout
 * keeps shorter than the lease), and a row is SENT only after the mail server accepted it. A crash after the server
 * accepted a mail but before the row is marked leaves it SENDING; when the lease runs out another worker sends it
 * again with the same Message-ID, which receivers use to drop the repeat (docs/architecture.md, "Email and the
 * outbox").
 */
@ApplicationScoped
public class OutboxWorker {

    private final OutboxRepository outbox;
    private final MailSender sender;
    private final MentorHubConfig.OutboxSettings settings;
    private final Clock clock;
    private final Duration mailerTimeout;
    private final String workerId;

    OutboxWorker(OutboxRepository outbox, MailSender sender, MentorHubConfig config, Clock clock,
            @ConfigProperty(name = "quarkus.mailer.timeout", defaultValue = "60s") Duration mailerTimeout) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = config.outbox();
        this.clock = clock;
        this.mailerTimeout = mailerTimeout;
        // pid@host plus a random part: unique per running instance, and readable in the claimed_by column.
        this.workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A send must end within its lease, or another worker may claim the message and send it again: the mailer's
     * timeout (how long it waits for the SMTP server) has to be shorter than the lease. Checked at start.
     */
    void checkLease(@Observes StartupEvent start) {
        if (settings.enabled()) {
            requireLeaseLongerThanTimeout(settings.lease(), mailerTimeout);
        }
    }

    static void requireLeaseLongerThanTimeout(Duration lease, Duration mailerTimeout) {
        if (lease.compareTo(mailerTimeout) <= 0) {
            throw new IllegalStateException("mentorhub.outbox.lease (" + lease + ") must be longer than "
                    + "quarkus.mailer.timeout (" + mailerTimeout + "): a mail still being sent when its lease ends "
                    + "is sent again by another worker");
        }
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
     * Sends up to one batch as {@code workerId} through {@code mailSender}, claiming each message just before its
     * send; returns how many messages it claimed. The parameters are what tests vary to play several workers, a
     * crash, a slow mail server or a later time.
     */
    int sendBatch(String workerId, MailSender mailSender, Clock time) {
        int claimed = 0;
        while (claimed < settings.batchSize()) {
            Optional<OutboxRepository.Claimed> next = outbox.claimNext(workerId, time.instant(), settings.lease());
            if (next.isEmpty()) {
                break;
            }
            claimed++;
            send(next.get(), mailSender, time);
        }
        return claimed;
    }

    private void send(OutboxRepository.Claimed message, MailSender mailSender, Clock time) {
        try {
            mailSender.send(new MailSender.OutgoingMail(messageId(message.id()), message.to(),
                    message.subject(), message.html(), message.text(), message.calendar()));
        } catch (RuntimeException e) {
            // The exception's text may name the recipient: it goes to last_error, not to the log.
            Log.warnf("Outbox message %s: attempt %d failed (%s)", message.id(), message.attempt(),
                    e.getClass().getName());
            outbox.markFailed(message.id(), message.token(), e.toString(), time.instant(), settings.maxAttempts(),
                    settings.retryBackoff());
            return;
        }
        if (!outbox.markSent(message.id(), message.token(), time.instant())) {
            Log.warnf("Outbox message %s: sent after its lease ran out and another claim took it over", message.id());
        }
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
