package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;

/** Who may see a profile: every signed-in member, only members of the same programs, or nobody but its owner. */
public enum Visibility implements Slugged {
    EVERYONE, PROGRAMS, HIDDEN;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
