package dev.mentorhub.mentorship;

/** The optional reason is kept for the mentor alone. */
public record DeclineRequest(String reason) {
}
