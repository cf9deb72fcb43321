package dev.mentorhub.program;

import dev.mentorhub.common.Slugged;

/** What a member does in one program. */
public enum ProgramRole implements Slugged {
    MENTEE, MENTOR, BOTH;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}

