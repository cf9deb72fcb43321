package dev.mentorhub.mentorship;

import java.util.UUID;

/**
 * A mentorship has ended, by {@code endedBy} (one of its two members), fired inside the transaction that ended it:
 * whatever hangs on the mentorship (its sessions) can close in the same transaction.
 */
public record MentorshipEnded(UUID mentorshipId, UUID endedBy) {
}
