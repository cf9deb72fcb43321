package dev.mentorhub.program;

import java.time.LocalDate;
import java.util.List;

/** Everything an admin sets on a program, validated (see {@link ProgramValidator}). */
record ProgramSettings(String name, String description, Audience audience, MatchingMode matchingMode,
        Eligibility eligibility, String eligibilityValue, LocalDate enrolmentOpensOn, LocalDate enrolmentClosesOn,
        ProgramWeights weights, List<ProgramQuestion> questions, int relationshipMonths, int checkInDays) {
}
