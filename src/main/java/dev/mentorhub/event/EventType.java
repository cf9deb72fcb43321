package dev.mentorhub.event;

import dev.mentorhub.common.Slugged;

/** What kind of gathering an event is. */
public enum EventType implements Slugged {
    MEETUP, WEBINAR, PAPER_READING, STUDY_GROUP, CONFERENCE_OUTING;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
