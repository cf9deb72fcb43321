package dev.mentorhub.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The transactional email outbox: features call {@link #enqueue} inside the transaction that makes the change the
 * mail is about, so the mail exists exactly when the change does. {@link OutboxWorker} sends it later.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final Clock clock;

    Outbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Writes {@code mail} for {@code recipientEmail} into the outbox, in the caller's transaction (there must be one):
     * it commits or rolls back with the caller's change.
     *
     * @param messageKey        the idempotency key of the event, e.g. {@code "request-accepted:<requestId>:<memberId>"};
     *                          enqueueing the same key again does nothing, so a repeated event gives one mail
     * @param recipientMemberId the member the mail is for, or null for someone who is not a member (yet)
     * @return true if the message was added, false if one with this key already existed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String messageKey, String recipientEmail, UUID recipientMemberId, RenderedMail mail) {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(mail, "mail");
        Instant now = clock.instant();
        // ON CONFLICT instead of a unique violation, which would abort the caller's whole transaction.
        NativeQuery<?> insert = em.createNativeQuery("""
                insert into outbox_message (id, message_key, recipient_email, recipient_member_id, template, locale,
                    subject, html_body, text_body, status, attempts, next_attempt_at, created_at)
                values (:id, :key, :email, :memberId, :template, :locale, :subject, :html, :text, 'PENDING', 0,
                    :now, :now)
                on conflict (message_key) do nothing
                """).unwrap(NativeQuery.class);
        return insert.setParameter("id", UUID.randomUUID())
                .setParameter("key", messageKey)
                .setParameter("email", recipientEmail)
                .setParameter("memberId", recipientMemberId, UUID.class)
                .setParameter("template", mail.template())
                .setParameter("locale", mail.locale().toLanguageTag())
                .setParameter("subject", mail.subject())
                .setParameter("html", mail.html())
                .setParameter("text", mail.text())
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * Erases the mail of a member who deleted their account: queued mail is no longer wanted, and sent mail holds
     * their address and name. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(UUID memberId) {
        return em.createNativeQuery("delete from outbox_message where recipient_member_id = :memberId")
                .setParameter("memberId", memberId).executeUpdate();
    }
}
