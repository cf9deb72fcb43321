package dev.mentorhub.notification;

import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox table as the worker and the dev mail page see it. Every write is its own short transaction
 * ({@code REQUIRES_NEW}): a claim must be committed before the mail goes out, and a mark right after.
 */
@ApplicationScoped
class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, UUID> {

    /** What a worker needs to send one claimed message, copied out of the claim transaction. */
    record Claimed(UUID id, String to, String subject, String html, String text, int attempt) {
    }

    /**
     * Claims up to {@code batchSize} messages for {@code workerId} until {@code now + lease}: due PENDING ones, and
     * SENDING ones whose lease has run out (their worker died). {@code SKIP LOCKED} lets several workers claim side
     * by side without waiting for, or taking, each other's rows.
     */
    @Transactional(TxType.REQUIRES_NEW)
    List<Claimed> claim(String workerId, Instant now, Duration lease, int batchSize) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select id from outbox_message
                where (status = 'PENDING' and next_attempt_at <= :now)
                   or (status = 'SENDING' and claimed_until <= :now)
                order by next_attempt_at, id
                limit :batchSize
                for update skip locked
                """)
                .setParameter("now", now)
                .setParameter("batchSize", batchSize)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        getEntityManager().createNativeQuery("""
                update outbox_message
                set status = 'SENDING', claimed_by = :workerId, claimed_until = :until, sending_started_at = :now,
                    attempts = attempts + 1
                where id in (:ids)
                """)
                .setParameter("workerId", workerId)
                .setParameter("until", now.plus(lease))
                .setParameter("now", now)
                .setParameter("ids", ids)
                .executeUpdate();
        return list("id in ?1 order by nextAttemptAt, id", ids).stream()
                .map(m -> new Claimed(m.id(), m.recipientEmail(), m.subject(), m.htmlBody(), m.textBody(), m.attempts()))
                .toList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void markSent(UUID id, Instant now) {
        findById(id, LockModeType.PESSIMISTIC_WRITE).sent(now);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void markFailed(UUID id, String workerId, String error, Instant now, int maxAttempts, Duration backoff) {
        findById(id, LockModeType.PESSIMISTIC_WRITE).failedAttempt(workerId, error, now, maxAttempts, backoff);
    }

    /** One line of the dev mail page. */
    record Row(UUID id, String status, String recipient, String subject, String template, String locale,
            int attempts, Instant createdAt, Instant sentAt, String lastError) {

        static Row of(OutboxMessage m) {
            return new Row(m.id(), m.status().name(), m.recipientEmail(), m.subject(), m.template(), m.locale(),
                    m.attempts(), m.createdAt(), m.sentAt(), m.lastError());
        }
    }

    /** A whole message for the dev mail page. */
    record Details(Row row, String messageKey, String html, String text) {
    }

    @Transactional
    PageDto<Row> newestFirst(PageRequest page) {
        List<Row> rows = find("order by createdAt desc, id").page(page.panache()).list().stream().map(Row::of).toList();
        return page.result(rows, count());
    }

    @Transactional
    Optional<Details> details(UUID id) {
        return findByIdOptional(id).map(m -> new Details(Row.of(m), m.messageKey(), m.htmlBody(), m.textBody()));
    }
}
