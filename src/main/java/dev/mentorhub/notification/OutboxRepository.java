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
    record Claimed(UUID id, UUID token, String to, String subject, String html, String text, String calendar,
            int attempt) {
    }

    /**
     * Claims the next due message for {@code workerId} until {@code now + lease}, under a fresh claim token: a due
     * PENDING one, or a SENDING one whose lease has run out (its worker died or took too long). One message per
     * claim, taken just before it is sent, so a lease covers one SMTP exchange and never a queue of them.
     * {@code SKIP LOCKED} lets several workers claim side by side without waiting for each other's rows.
     */
    @Transactional(TxType.REQUIRES_NEW)
    Optional<Claimed> claimNext(String workerId, Instant now, Duration lease) {
        UUID token = UUID.randomUUID();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                update outbox_message
                set status = 'SENDING', claimed_by = :workerId, claim_token = :token, claimed_until = :until,
                    sending_started_at = :now, attempts = attempts + 1
                where id = (select id from outbox_message
                            where (status = 'PENDING' and next_attempt_at <= :now)
                               or (status = 'SENDING' and claimed_until <= :now)
                            order by next_attempt_at, id
                            limit 1
                            for update skip locked)
                returning id, recipient_email, subject, html_body, text_body, calendar, attempts
                """)
                .setParameter("workerId", workerId)
                .setParameter("token", token)
                .setParameter("until", now.plus(lease))
                .setParameter("now", now)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Claimed((UUID) r[0], token, (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue()));
    }

    /**
     * Marks the message SENT if {@code token} still holds its claim; false when another claim took it over, or the
     * message is gone (its recipient deleted their account meanwhile).
     */
    @Transactional(TxType.REQUIRES_NEW)
    boolean markSent(UUID id, UUID token, Instant now) {
        OutboxMessage message = findById(id, LockModeType.PESSIMISTIC_WRITE);
        return message != null && message.sent(token, now);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void markFailed(UUID id, UUID token, String error, Instant now, int maxAttempts, Duration backoff) {
        OutboxMessage message = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (message != null) {
            message.failedAttempt(token, error, now, maxAttempts, backoff);
        }
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
