package dev.mentorhub.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One admin action: who, what, when, on which thing, and its state before and after (JSON). Written once. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "program_id")
    private UUID programId;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private String targetId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state", columnDefinition = "jsonb")
    private String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state", columnDefinition = "jsonb")
    private String after;

    protected AuditEvent() {
    }

    AuditEvent(AuditEntry entry, String before, String after, Instant now) {
        this.id = UUID.randomUUID();
        this.occurredAt = now;
        this.actorId = entry.actorId();
        this.organizationId = entry.organizationId();
        this.programId = entry.programId();
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = entry.targetId();
        this.before = before;
        this.after = after;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID actorId() {
        return actorId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID programId() {
        return programId;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
