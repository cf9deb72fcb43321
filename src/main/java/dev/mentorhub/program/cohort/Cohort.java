package dev.mentorhub.program.cohort;

import dev.mentorhub.program.ProgramConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A group of a program's members who enrol, get matched and run their mentorships together. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    private UUID id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private UUID programId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CohortState state;

    @Column(name = "enrolment_closes_on")
    private LocalDate enrolmentClosesOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    protected Cohort() {
    }

    static Cohort draft(UUID programId, String name, LocalDate enrolmentClosesOn, Instant now) {
        Cohort c = new Cohort();
        c.id = UUID.randomUUID();
        c.programId = programId;
        c.name = name;
        c.enrolmentClosesOn = enrolmentClosesOn;
        c.state = CohortState.DRAFT;
        c.createdAt = now;
        c.stateChangedAt = now;
        return c;
    }

    /** Moves to {@code target} if the state machine allows it; the service checks the guards that need data. */
    void moveTo(CohortState target, Instant now) {
        if (!state.canMoveTo(target)) {
            throw new ProgramConflictException("cohort-state",
                    "A " + state.slug() + " cohort cannot move to " + target.slug() + "; it can move to: "
                            + String.join(", ", state.next().stream().sorted().map(CohortState::slug).toList()) + ".");
        }
        state = target;
        stateChangedAt = now;
    }

    public boolean acceptsEnrolment(LocalDate today) {
        return state == CohortState.ENROLLING && (enrolmentClosesOn == null || !today.isAfter(enrolmentClosesOn));
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public String name() {
        return name;
    }

    public CohortState state() {
        return state;
    }

    public LocalDate enrolmentClosesOn() {
        return enrolmentClosesOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }
}
