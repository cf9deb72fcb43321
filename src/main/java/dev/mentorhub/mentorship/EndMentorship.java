package dev.mentorhub.mentorship;

/**
 * POST /api/v1/mentorships/{id}/end: {@code completed} (the default) or {@code ended-early}, which needs a reason (at
 * most 1000 characters, optional otherwise). The reason is kept in the workspace and mailed to the other side.
 */
public record EndMentorship(String outcome, String reason) {
}
