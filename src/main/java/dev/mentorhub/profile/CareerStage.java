package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;

/** Career stages in order: a mentor is best one to three stages ahead of the mentee. */
public enum CareerStage implements Slugged {
    STUDENT, EARLY_CAREER, MID_LEVEL, SENIOR, STAFF_PRINCIPAL, LEADER_MANAGER;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
