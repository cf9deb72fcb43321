package dev.mentorhub.matching.engine;

/**
 * A program's hard rules on top of the engine's own filters: no pairs from the same department, no pairs in one
 * reporting line (one is the other's manager, directly or further up). Outside programs there are none.
 */
public record ProgramRules(boolean excludeSameDepartment, boolean excludeReportingLine) {

    public static final ProgramRules NONE = new ProgramRules(false, false);

    /** The rule the pair breaks, or null. Symmetric in mentor and mentee. */
    FilterReason check(Compact mentor, Compact mentee) {
        if (excludeSameDepartment && mentor.department != null && mentor.department.equals(mentee.department)) {
            return FilterReason.SAME_DEPARTMENT;
        }
        if (excludeReportingLine && (mentor.lists(mentor.reportingLine, mentee.id)
                || mentee.lists(mentee.reportingLine, mentor.id))) {
            return FilterReason.REPORTING_LINE;
        }
        return null;
    }
}
