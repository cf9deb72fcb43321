package dev.mentorhub.program.settings;

import java.time.LocalDate;
import java.util.List;

/**
 * A program as an admin sends it (create or replace). Enum fields take slugs (open, restricted; self-service,
 * admin-run, hybrid; invite-only, email-domain, keycloak-group). Weights null means the engine's defaults; the
 * matching rules {@code excludeSameDepartment} and {@code excludeReportingLine} are off when null.
 */
public record ProgramRequest(String name, String description, String audience, String matchingMode,
        String eligibility, String eligibilityValue, LocalDate enrolmentOpensOn, LocalDate enrolmentClosesOn,
        ProgramWeights weights, List<ProgramQuestion> questions, Integer relationshipMonths, Integer checkInDays,
        Boolean excludeSameDepartment, Boolean excludeReportingLine) {
}
