package dev.mentorhub.event;

import dev.mentorhub.common.Slugged;

/** Where people attend: at a venue, through a link, or either. */
public enum EventFormat implements Slugged {
    IN_PERSON, ONLINE, HYBRID;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean hasLink() {
        return this != IN_PERSON;
    }
}
