package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;

/** The goals people bring (shared/DOMAIN.md); free text goes into the profile's goals text. */
public enum GoalTag implements Slugged {
    CAREER_GROWTH, FIRST_ML_JOB, TRANSITION_INTO_ML, INTERVIEW_PREPARATION, PROMOTION, RESEARCH_PAPER_READING,
    PRODUCTION_DEPLOYMENT, LEADERSHIP, PUBLIC_SPEAKING, NETWORKING;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
