package dev.mentorhub.block;

import java.util.UUID;

/**
 * {@code blockerId} blocked ({@code blocked} true) or unblocked {@code blockedId}. Fired inside the transaction:
 * request handling closes pending requests between the two in it; the matching index reloads both members after it
 * has committed ({@code during = TransactionPhase.AFTER_SUCCESS}).
 */
public record BlockChanged(UUID blockerId, UUID blockedId, boolean blocked) {
}
