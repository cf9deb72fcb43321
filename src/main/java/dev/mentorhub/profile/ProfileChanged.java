package dev.mentorhub.profile;

import java.util.UUID;

/**
 * A member's profile was written or erased (edit, onboarding, account deletion). Fired inside the transaction;
 * observers that must see the committed state observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record ProfileChanged(UUID memberId) {
}
