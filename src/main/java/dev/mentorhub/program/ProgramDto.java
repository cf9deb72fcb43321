package dev.mentorhub.program;

import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.settings.ProgramWeights;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A program as its viewer may see it. The join code and eligibility value are shown to its admins only;
 * {@code myRole} is the viewer's role when they belong to it.
 */
public record ProgramDto(UUID id, UUID organizationId, String organizationName, String name, String description,
        String audience, String matchingMode, String eligibility, String eligibilityValue, LocalDate enrolmentOpensOn,
        LocalDate enrolmentClosesOn, boolean enrolmentOpen, ProgramWeights weights, List<ProgramQuestion> questions,
        int relationshipMonths, int checkInDays, boolean excludeSameDepartment, boolean excludeReportingLine,
        String joinCode, String myRole, boolean admin) {
}
