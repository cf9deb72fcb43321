package dev.mentorhub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a member should know about, shown in the app (the bell and /notifications). The text is not stored: the
 * page words it from {@code kind} and the other person's current name, in the reader's language.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private UUID recipientId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "subject_id", updatable = false)
    private UUID subjectId;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    static Notification of(UUID recipientId, String kind, UUID actorId, UUID subjectId, String link, Instant now) {
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("A notification links to a path inside the app: " + link);
        }
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientId = Objects.requireNonNull(recipientId, "recipientId");
        n.kind = Objects.requireNonNull(kind, "kind");
        n.actorId = actorId;
        n.subjectId = subjectId;
        n.link = link;
        n.createdAt = now;
        return n;
    }

    /** Marks it read the first time; later calls keep the first moment. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public String kind() {
        return kind;
    }

    public UUID actorId() {
        return actorId;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
