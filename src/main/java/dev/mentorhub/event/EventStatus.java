package dev.mentorhub.event;

import java.util.Locale;

/** A draft only its organizers see; published for its audience; cancelled (kept, so attendees see why). */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
