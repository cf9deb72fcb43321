package dev.mentorhub.program.settings;

import dev.mentorhub.common.Slugged;

/** Who can see a program: every signed-in member (open community), or only its members and admins. */
public enum Audience implements Slugged {
    OPEN, RESTRICTED;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
