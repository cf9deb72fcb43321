package dev.mentorhub.matching.engine;

/** Why a pair was filtered out before scoring, in the order the filters run. */
public enum FilterReason {
    SAME_PERSON,
    NOT_A_MENTOR,
    NOT_A_MENTEE,
    MENTOR_INACTIVE,
    MENTOR_AT_CAPACITY,
    NO_SHARED_LANGUAGE,
    BLOCKED,
    ALREADY_PAIRED_OR_DECLINED,
    /** The program excludes pairs from the same department, and both are in it. */
    SAME_DEPARTMENT,
    /** The program excludes pairs in one reporting line, and one is the other's manager, directly or not. */
    REPORTING_LINE,
    /** The mentor teaches nothing the mentee wants, nor anything related to it in the taxonomy. */
    NO_RELATED_SKILL
}
