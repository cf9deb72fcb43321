package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class MatchRequestRepository implements PanacheRepositoryBase<MatchRequest, UUID> {

    long countPendingFrom(UUID senderId) {
        return count("senderId = ?1 and status = ?2", senderId, RequestStatus.PENDING);
    }

    boolean hasPending(UUID senderId, UUID recipientId) {
        return count("senderId = ?1 and recipientId = ?2 and status = ?3", senderId, recipientId,
                RequestStatus.PENDING) > 0;
    }

    /** When the sender's latest withdrawn, declined or expired request to the recipient was closed. */
    Optional<Instant> lastClosedAt(UUID senderId, UUID recipientId) {
        return Optional.ofNullable(getEntityManager().createQuery("select max(r.decidedAt) from MatchRequest r"
                + " where r.senderId = :sender and r.recipientId = :recipient and r.status in :closed", Instant.class)
                .setParameter("sender", senderId).setParameter("recipient", recipientId)
                .setParameter("closed", List.of(RequestStatus.WITHDRAWN, RequestStatus.DECLINED, RequestStatus.EXPIRED))
                .getSingleResult());
    }

    /** Pending requests either way between two members, locked like every other decision. */
    List<MatchRequest> listPendingBetween(UUID a, UUID b) {
        return find("status = ?1 and ((senderId = ?2 and recipientId = ?3) or (senderId = ?3 and recipientId = ?2))",
                RequestStatus.PENDING, a, b).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Every request a member sent or received, newest first. */
    List<MatchRequest> listInvolving(UUID memberId) {
        return list("senderId = ?1 or recipientId = ?1", Sort.descending("createdAt").and("id"), memberId);
    }

    /**
     * The same, locked (in id order, so two deletions never wait for each other in a circle): a decision racing an
     * account deletion either commits first and is seen here, or waits and then finds the request closed.
     */
    List<MatchRequest> lockInvolving(UUID memberId) {
        return find("senderId = ?1 or recipientId = ?1", Sort.by("id"), memberId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Whom I have a pending request to. */
    Set<UUID> pendingRecipientsOf(UUID senderId) {
        return Set.copyOf(getEntityManager().createQuery(
                "select r.recipientId from MatchRequest r where r.senderId = :me and r.status = :status", UUID.class)
                .setParameter("me", senderId).setParameter("status", RequestStatus.PENDING).getResultList());
    }

    /** A page of my sent or received requests, newest first, optionally of one status. */
    List<MatchRequest> listFor(UUID memberId, boolean sent, RequestStatus status, PageRequest page) {
        return find(boxQuery(sent, status), Sort.descending("createdAt").and("id"), boxParams(memberId, status))
                .page(page.panache()).list();
    }

    long countFor(UUID memberId, boolean sent, RequestStatus status) {
        return count(boxQuery(sent, status), boxParams(memberId, status));
    }

    /** Pending requests due to expire at {@code now}. */
    List<MatchRequest> listExpiredAt(Instant now) {
        // Locked, so an accept or withdrawal at the same moment either finishes first or waits for the expiry.
        return find("status = ?1 and expiresAt <= ?2", RequestStatus.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Pending, not yet reminded, not yet expired: the caller checks the halfway point of each. */
    List<MatchRequest> listUnreminded(Instant now) {
        return find("status = ?1 and remindedAt is null and expiresAt > ?2", RequestStatus.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static String boxQuery(boolean sent, RequestStatus status) {
        return (sent ? "senderId = :me" : "recipientId = :me") + (status == null ? "" : " and status = :status");
    }

    private static Parameters boxParams(UUID memberId, RequestStatus status) {
        Parameters p = Parameters.with("me", memberId);
        return status == null ? p : p.and("status", status);
    }
}
