package dev.mentorhub.program.cohort;

import dev.mentorhub.common.Slugged;
import java.util.Set;

/**
 * A cohort's life: draft, enrolling, matching, active, closed. Admins move it one step forward; a cohort that never
 * started (draft or enrolling) may also be closed to cancel it. Nothing moves back and nothing leaves closed.
 */
public enum CohortState implements Slugged {
    DRAFT, ENROLLING, MATCHING, ACTIVE, CLOSED;

    public Set<CohortState> next() {
        return switch (this) {
            case DRAFT -> Set.of(ENROLLING, CLOSED);
            case ENROLLING -> Set.of(MATCHING, CLOSED);
            case MATCHING -> Set.of(ACTIVE);
            case ACTIVE -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    public boolean canMoveTo(CohortState target) {
        return next().contains(target);
    }

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
