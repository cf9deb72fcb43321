package dev.mentorhub.notification;

import static dev.mentorhub.notification.OutboxTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxWorkerTest {

    @Inject
    OutboxWorker worker;

    @Inject
    MailSender realSender;

    @Inject
    OutboxTestSupport support;

    @Inject
    MentorHubConfig config;

    /** A worker process dying: an Error, so the worker's own error handling cannot record it. */
    static class SimulatedCrash extends Error {
    }

    @Test
    void shouldSendEveryMessageExactlyOnceWhenTwoWorkersRace() throws Exception {
        String recipient = TestData.unique("race") + "@example.org";
        List<String> keys = IntStream.range(0, 200).mapToObj(i -> TestData.unique("race-" + i)).toList();
        support.enqueue(recipient, keys);
        MailSender sender = support.serialised(realSender);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (String workerId : List.of("worker-a", "worker-b")) {
                claimed.add(pool.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int n = worker.sendBatch(workerId, sender, Clock.systemUTC()); n > 0;
                            n = worker.sendBatch(workerId, sender, Clock.systemUTC())) {
                        total += n;
                    }
                    return total;
                }));
            }
            start.countDown();
            for (Future<Integer> result : claimed) {
                assertThat(result.get()).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }

        List<OutboxMessage> messages = support.to(recipient);
        Set<String> expectedIds = new HashSet<>();
        messages.forEach(m -> expectedIds.add(worker.messageId(m.id())));
        List<String> delivered = support.deliveredMessageIds(recipient);
        assertThat(messages).hasSize(200).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(delivered).hasSize(200).doesNotHaveDuplicates();
        assertThat(new HashSet<>(delivered)).isEqualTo(expectedIds);
        assertThat(messages).extracting(OutboxMessage::claimedBy).containsOnlyNulls();
    }

    @Test
    void shouldResendWithTheSameMessageIdAfterAWorkerCrashedBetweenSendAndMark() {
        String recipient = TestData.unique("crash") + "@example.org";
        String key = TestData.unique("crash");
        support.enqueue(recipient, List.of(key));
        MailSender crashAfterSending = mail -> {
            realSender.send(mail);
            if (mail.to().equals(recipient)) {
                throw new SimulatedCrash();
            }
        };
        Instant claimedAt = support.byKey(key).nextAttemptAt();
        drain("worker-drain", claimedAt.minusMillis(1)); // mail of other tests, due earlier, would fill the batch

        assertThatThrownBy(() -> worker.sendBatch("worker-a", crashAfterSending, at(claimedAt)))
                .isInstanceOf(SimulatedCrash.class);
        OutboxMessage orphan = support.byKey(key);
        assertThat(orphan.status()).isEqualTo(OutboxStatus.SENDING);
        assertThat(orphan.claimedBy()).isEqualTo("worker-a");
        assertThat(orphan.claimedUntil()).isEqualTo(claimedAt.plus(config.outbox().lease()));

        // While the lease holds, another worker does not touch it.
        drain("worker-b", orphan.claimedUntil().minusSeconds(1));
        assertThat(support.deliveredMessageIds(recipient)).hasSize(1);
        assertThat(support.byKey(key).status()).isEqualTo(OutboxStatus.SENDING);

        // Once it has run out, another worker sends it again, with the same Message-ID.
        drain("worker-b", orphan.claimedUntil());

        OutboxMessage sent = support.byKey(key);
        String messageId = worker.messageId(sent.id());
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isEqualTo(orphan.claimedUntil());
        List<String> delivered = support.deliveredMessageIds(recipient);
        assertThat(delivered).containsExactly(messageId, messageId);
        assertThat(new HashSet<>(delivered)).hasSize(support.to(recipient).size());
    }

    /**
     * A slow mail server (each mail takes 40% of the lease) and two workers polling every 5 seconds side by side:
     * a batch of several mails takes longer than one lease, yet no mail is claimed by the second worker while the
     * first may still send it, and each goes out exactly once.
     */
    @Test
    void shouldSendEachMailOnceWhenASlowMailServerMakesABatchOutlastTheLease() throws Exception {
        String recipient = TestData.unique("slow") + "@example.org";
        List<String> keys = IntStream.range(0, 6).mapToObj(i -> TestData.unique("slow-" + i)).toList();
        support.enqueue(recipient, keys);
        Instant start = support.byKey(keys.get(0)).nextAttemptAt();
        drain("worker-drain", start.minusMillis(1));
        Duration lease = config.outbox().lease();
        Duration perMail = lease.multipliedBy(4).dividedBy(10);
        Instant giveUp = start.plus(lease.multipliedBy(30));
        SimulatedTime time = new SimulatedTime(start, 2);
        List<String> delivered = new ArrayList<>();
        MailSender slowServer = mail -> {
            try {
                time.sleepUntil(time.instant().plus(perMail));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (mail.to().equals(recipient)) {
                synchronized (delivered) {
                    delivered.add(mail.messageId());
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (String workerId : List.of("slow-worker-a", "slow-worker-b")) {
                workers.add(pool.submit(() -> {
                    try {
                        while (!allSent(recipient) && time.instant().isBefore(giveUp)) {
                            worker.sendBatch(workerId, slowServer, time);
                            time.sleepUntil(time.instant().plusSeconds(5));
                        }
                    } finally {
                        time.leave();
                    }
                    return null;
                }));
            }
            while (time.advance(Duration.ofSeconds(30))) {
                // the workers run between two moves of the clock
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<OutboxMessage> messages = support.to(recipient);
        assertThat(messages).hasSize(6).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(delivered).hasSize(6).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(m -> worker.messageId(m.id())).toList());
    }

    private boolean allSent(String recipient) {
        return support.to(recipient).stream().allMatch(m -> m.status() == OutboxStatus.SENT);
    }

    private void drain(String workerId, Instant now) {
        while (worker.sendBatch(workerId, realSender, at(now)) > 0) {
            // next batch
        }
    }
}
