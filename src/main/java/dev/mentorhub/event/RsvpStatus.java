package dev.mentorhub.event;

import java.util.Locale;

/** A member's answer: a seat (with a ticket), a place in the waitlist, or not going (also after cancelling). */
public enum RsvpStatus {
    GOING, WAITLISTED, NOT_GOING;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
