package dev.mentorhub.notification;

/** The bell's number: {@code {"unread": 3}}. */
public record UnreadCount(long unread) {
}
