package dev.mentorhub.program.settings;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything an admin sets on a program, validated (see {@link ProgramValidator}). The two {@code exclude...} flags
 * are matching rules: no suggestions between members of the same department, or within one reporting line.
 */
public record ProgramSettings(String name, String description, Audience audience, MatchingMode matchingMode,
        Eligibility eligibility, String eligibilityValue, LocalDate enrolmentOpensOn, LocalDate enrolmentClosesOn,
        ProgramWeights weights, List<ProgramQuestion> questions, int relationshipMonths, int checkInDays,
        boolean excludeSameDepartment, boolean excludeReportingLine) {
}
