package dev.mentorhub.program.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentorhub.program.ProgramConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CohortStateTest {

    @ParameterizedTest
    @CsvSource({
        "DRAFT, ENROLLING, true", "DRAFT, CLOSED, true", "DRAFT, MATCHING, false", "DRAFT, ACTIVE, false",
        "ENROLLING, MATCHING, true", "ENROLLING, CLOSED, true", "ENROLLING, DRAFT, false",
        "MATCHING, ACTIVE, true", "MATCHING, CLOSED, false", "MATCHING, ENROLLING, false",
        "ACTIVE, CLOSED, true", "ACTIVE, MATCHING, false", "CLOSED, DRAFT, false", "CLOSED, ACTIVE, false"})
    void shouldOnlyMoveForward(CohortState from, CohortState to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"2026-05-31, true", "2026-06-01, true", "2026-06-02, false"})
    void shouldTakeEnrolmentsOnlyWhileEnrollingAndNotPastTheClosingDay(LocalDate today, boolean open) {
        Cohort cohort = Cohort.draft(UUID.randomUUID(), "C", LocalDate.parse("2026-06-01"), Instant.EPOCH);
        assertThat(cohort.acceptsEnrolment(today)).isFalse();
        cohort.moveTo(CohortState.ENROLLING, Instant.EPOCH);
        assertThat(cohort.acceptsEnrolment(today)).isEqualTo(open);
        cohort.moveTo(CohortState.CLOSED, Instant.EPOCH);
        assertThat(cohort.acceptsEnrolment(today)).isFalse();
        assertThatThrownBy(() -> cohort.moveTo(CohortState.ACTIVE, Instant.EPOCH))
                .isInstanceOf(ProgramConflictException.class);
    }
}
