package dev.mentorhub.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
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
                    subject, html_body, text_body, calendar, status, attempts, next_attempt_at, created_at)
                values (:id, :key, :email, :memberId, :template, :locale, :subject, :html, :text, :calendar, 'PENDING',
                    0, :now, :now)
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
                .setParameter("calendar", mail.calendar(), String.class)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * Erases the mail of a member who deleted their account: every row for them, by member or by address (any case,
     * so invitations sent before they signed up go too). Queued mail is no longer wanted, and sent mail holds their
     * address and name. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(UUID memberId, String email) {
        return em.createNativeQuery("delete from outbox_message where recipient_member_id = :memberId "
                + "or lower(recipient_email) = lower(:email)")
                .setParameter("memberId", memberId).setParameter("email", email == null ? "" : email).executeUpdate();
    }

    /**
     * Erases the mail, queued or sent and to whomever, about the given requests, mentorships or other things: the rows
     * whose key names one of them ({@code <event>:<subjectId>} or {@code <event>:<subjectId>:<more>}, as every
     * caller writes its keys). Account deletion uses it for mail that quotes the deleted member.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetAbout(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("delete from outbox_message where split_part(message_key, ':', 2) in (:ids)")
                .setParameter("ids", subjectIds.stream().map(UUID::toString).toList()).executeUpdate();
    }

    /**
     * Mail under {@code messageKey} that names someone who deleted their account, though it is for someone else (an
     * invitation they sent): not sent yet, it is rendered again by {@code rewrite} (given the mail's locale) and still
     * goes out; sent or failed, it is deleted. The rewritten mail replaces the whole stored one, its calendar too: an
     * old calendar could name the deleted member (ORGANIZER, ATTENDEE), so {@code rewrite} attaches one again if the
     * mail should keep it. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewriteOrForget(String messageKey, Function<Locale, RenderedMail> rewrite) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, locale from outbox_message where message_key = :key "
                + "for update").setParameter("key", messageKey).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        String status = (String) rows.get(0)[0];
        if (status.equals(OutboxStatus.SENT.name()) || status.equals(OutboxStatus.FAILED.name())) {
            em.createNativeQuery("delete from outbox_message where message_key = :key").setParameter("key", messageKey)
                    .executeUpdate();
            return;
        }
        RenderedMail mail = rewrite.apply(Locale.forLanguageTag((String) rows.get(0)[1]));
        em.createNativeQuery("update outbox_message set subject = :subject, html_body = :html, text_body = :text, "
                + "calendar = :calendar where message_key = :key").unwrap(NativeQuery.class)
                .setParameter("subject", mail.subject()).setParameter("html", mail.html())
                .setParameter("text", mail.text()).setParameter("calendar", mail.calendar(), String.class)
                .setParameter("key", messageKey).executeUpdate();
    }

    /** A mail in a member's data export: what was (or will be) sent to them, without the body. */
    public record SentMail(String to, String subject, String template, String status, Instant createdAt,
            Instant sentAt) {
    }

    /** The mail for a member, by member or by address, newest first; what {@link #forget} erases. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SentMail> addressedTo(UUID memberId, String email) {
        return em.createQuery("from OutboxMessage m where m.recipientMemberId = :memberId or lower(m.recipientEmail) "
                + "= lower(:email) order by m.createdAt desc, m.id", OutboxMessage.class)
                .setParameter("memberId", memberId).setParameter("email", email == null ? "" : email)
                .getResultStream().map(m -> new SentMail(m.recipientEmail(), m.subject(), m.template(),
                        m.status().name().toLowerCase(Locale.ROOT), m.createdAt(), m.sentAt())).toList();
    }
}
