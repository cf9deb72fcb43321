package dev.mentorhub.matching.engine;

import java.util.Locale;

/** Goal tags; mirrors the profile's GoalTag, mapped by the Quarkus side. */
public enum Goal {
    CAREER_GROWTH, FIRST_ML_JOB, TRANSITION_INTO_ML, INTERVIEW_PREPARATION, PROMOTION, RESEARCH_PAPER_READING,
    PRODUCTION_DEPLOYMENT, LEADERSHIP, PUBLIC_SPEAKING, NETWORKING;

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ').replace(" ml", " ML");
    }
}
