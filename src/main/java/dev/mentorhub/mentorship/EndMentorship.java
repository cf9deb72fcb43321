package dev.mentorhub.mentorship;

/** POST /api/v1/mentorships/{id}/end: an optional reason (at most 1000 characters), mailed to the other side. */
public record EndMentorship(String reason) {
}
