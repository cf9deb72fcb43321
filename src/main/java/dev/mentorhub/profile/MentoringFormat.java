package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;

public enum MentoringFormat implements Slugged {
    VIDEO, IN_PERSON, CHAT;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
