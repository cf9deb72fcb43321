package dev.mentorhub.mentorship;

import java.util.Set;
import java.util.UUID;

/** The would-be sender of a request: their roles, whom they have a pending request to, and their partners. */
public record SenderState(UUID memberId, boolean hasProfile, boolean mentor, boolean mentee, Set<UUID> pendingTo,
        Set<UUID> pairedWith) {
}
