package dev.mentorhub.program.settings;

import dev.mentorhub.common.Slugged;

/** How pairs form: members request each other, admins run cohort matching, or both. */
public enum MatchingMode implements Slugged {
    SELF_SERVICE, ADMIN_RUN, HYBRID;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
