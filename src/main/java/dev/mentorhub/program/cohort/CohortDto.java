package dev.mentorhub.program.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cohort with its enrolment counts, and whether the viewer is enrolled. */
public record CohortDto(UUID id, UUID programId, String name, String state, List<String> nextStates,
        LocalDate enrolmentClosesOn, long mentees, long mentors, long both, boolean enrolled, Instant createdAt,
        Instant stateChangedAt) {
}
