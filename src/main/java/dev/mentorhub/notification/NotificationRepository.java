package dev.mentorhub.notification;

import dev.mentorhub.common.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A page of a member's notifications, newest first. */
    List<Notification> listFor(UUID recipientId) {
        return list("recipientId = ?1", Sort.descending("createdAt").and("id", Sort.Direction.Descending), recipientId);
    }

    List<Notification> listFor(UUID recipientId, PageRequest page) {
        return find("recipientId = ?1", Sort.descending("createdAt").and("id", Sort.Direction.Descending), recipientId)
                .page(page.panache()).list();
    }

    long countFor(UUID recipientId) {
        return count("recipientId", recipientId);
    }

    /** Served by the partial index notification_unread_idx. */
    long countUnread(UUID recipientId) {
        return count("recipientId = ?1 and readAt is null", recipientId);
    }

    long countOwned(UUID recipientId, Collection<UUID> ids) {
        return count("recipientId = ?1 and id in ?2", recipientId, ids);
    }

    int markAllRead(UUID recipientId, Instant now) {
        return update("readAt = ?1 where recipientId = ?2 and readAt is null", now, recipientId);
    }

    int markRead(UUID recipientId, Collection<UUID> ids, Instant now) {
        return update("readAt = ?1 where recipientId = ?2 and id in ?3 and readAt is null", now, recipientId, ids);
    }

    long deleteFor(UUID recipientId) {
        return delete("recipientId", recipientId);
    }
}
