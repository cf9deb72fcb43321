package dev.mentorhub.audit;

import java.util.UUID;

/**
 * What happened, without the states: {@code action} is a dotted verb ({@code program.updated}, {@code cohort.moved},
 * {@code member.removed}), the target names the thing changed. The organization and program scope who may read it.
 */
public record AuditEntry(UUID actorId, UUID organizationId, UUID programId, String action, String targetType,
        String targetId) {
}
