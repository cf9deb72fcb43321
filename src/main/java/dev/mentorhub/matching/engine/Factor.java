package dev.mentorhub.matching.engine;

/** The scored factors, in breakdown order. */
public enum Factor {
    SKILL, STAGE, GOALS, AVAILABILITY, FORMAT_LOCATION, LOAD
}
