package dev.mentorhub.mentorship;

import dev.mentorhub.common.Slugged;

/** How an ended mentorship ended: it ran its course, or one side ended it early (with a reason). */
public enum MentorshipOutcome implements Slugged {
    COMPLETED, ENDED_EARLY;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
