package dev.mentorhub.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** An audit event as the API shows it; before and after are the stored JSON, unchanged. */
public record AuditEventDto(UUID id, Instant occurredAt, UUID actorId, UUID organizationId, UUID programId,
        String action, String targetType, String targetId, @JsonRawValue String before, @JsonRawValue String after) {

    static AuditEventDto of(AuditEvent e) {
        return new AuditEventDto(e.id(), e.occurredAt(), e.actorId(), e.organizationId(), e.programId(), e.action(),
                e.targetType(), e.targetId(), e.before(), e.after());
    }
}
