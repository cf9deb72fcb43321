package dev.mentorhub.event;

import java.util.UUID;

/** Where notifications and mails about an event lead. */
public final class EventLinks {

    private EventLinks() {
    }

    public static String page(UUID eventId) {
        return "/events/" + eventId;
    }

    public static String ticket(UUID eventId) {
        return "/events/" + eventId + "/ticket";
    }

    /** A series' public calendar (series for all members only). */
    public static String seriesFeed(UUID seriesId) {
        return "/calendar/series/" + seriesId + ".ics";
    }
}
