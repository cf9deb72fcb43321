package dev.mentorhub.notification;

import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * In-app notifications. Features call {@link #notify} inside the transaction of the change it is about (like
 * {@link Outbox#enqueue}); members read, open and mark them read. Nobody sees another member's notifications: an id
 * that is not theirs is a 404.
 */
@ApplicationScoped
public class Notifications {

    private final NotificationRepository notifications;
    private final EntityManager em;
    private final Clock clock;

    Notifications(NotificationRepository notifications, EntityManager em, Clock clock) {
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Tells {@code recipient} about {@code kind} (e.g. {@code request-accepted}) concerning {@code actorId} and the
     * request or mentorship {@code subjectId}; opening it leads to {@code link}, a path inside the app. Deleted
     * members are not notified.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Member recipient, String kind, UUID actorId, UUID subjectId, String link) {
        if (recipient == null || recipient.isDeleted()) {
            return;
        }
        notifications.persist(Notification.of(recipient.id(), kind, actorId, subjectId, link, clock.instant()));
    }

    /** Erases a member's notifications when they delete their account; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forget(UUID memberId) {
        return notifications.deleteFor(memberId);
    }

    @Transactional
    public PageDto<NotificationDto> list(Member me, PageRequest page) {
        return page.result(toDtos(notifications.listFor(me.id(), page)), notifications.countFor(me.id()));
    }

    /** All of my notifications, newest first, for the data export; what {@link #forget} erases. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<NotificationDto> all(Member me) {
        return toDtos(notifications.listFor(me.id()));
    }

    private List<NotificationDto> toDtos(List<Notification> items) {
        Map<UUID, String> names = namesOf(items.stream().map(Notification::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return items.stream().map(n -> new NotificationDto(n.id(), n.kind(),
                n.actorId() == null ? null : new NotificationDto.Actor(n.actorId(), names.get(n.actorId())),
                n.subjectId(), n.link(), n.createdAt(), n.readAt())).toList();
    }

    @Transactional
    public long unreadCount(Member me) {
        return notifications.countUnread(me.id());
    }

    /** Marks one of my notifications read and returns where it leads; 404 when it is not mine. */
    @Transactional
    public String open(Member me, UUID id) {
        Notification n = notifications.findByIdOptional(id).filter(x -> x.recipientId().equals(me.id()))
                .orElseThrow(NotFoundException::new);
        n.markRead(clock.instant());
        return n.link();
    }

    /**
     * Marks the given notifications read, or all of mine when {@code ids} is null. Any id that is not mine makes the
     * whole call a 404 and changes nothing. Returns how many unread ones are left.
     */
    @Transactional
    public long markRead(Member me, List<UUID> ids) {
        if (ids == null) {
            notifications.markAllRead(me.id(), clock.instant());
        } else if (!ids.isEmpty()) {
            Set<UUID> wanted = new LinkedHashSet<>(ids);
            if (notifications.countOwned(me.id(), wanted) != wanted.size()) {
                throw new NotFoundException();
            }
            notifications.markRead(me.id(), wanted, clock.instant());
        }
        return notifications.countUnread(me.id());
    }

    /** The name each actor goes by now: their profile's name, else their account's (anonymised once deleted). */
    private Map<UUID, String> namesOf(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<?> rows = em.createNativeQuery("""
                select m.id, coalesce(case when m.deleted_at is null then p.display_name end, m.display_name)
                from member m left join profile p on p.member_id = m.id
                where m.id in (:ids)
                """).setParameter("ids", ids).getResultList();
        for (Object row : rows) {
            Object[] cols = (Object[]) row;
            names.put((UUID) cols[0], (String) cols[1]);
        }
        return names;
    }
}
