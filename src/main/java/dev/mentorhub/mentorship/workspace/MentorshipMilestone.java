package dev.mentorhub.mentorship.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One item of a mentorship's checklist: either member adds it and ticks it; who did what, and when, is kept. */
@Entity
@Table(name = "mentorship_milestone")
public class MentorshipMilestone {

    static final int MAX_TITLE = 200;

    @Id
    private UUID id;

    @Column(name = "mentorship_id", nullable = false, updatable = false)
    private UUID mentorshipId;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_by")
    private UUID doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected MentorshipMilestone() {
    }

    static MentorshipMilestone add(UUID mentorshipId, String title, UUID by, Instant now) {
        MentorshipMilestone m = new MentorshipMilestone();
        m.id = UUID.randomUUID();
        m.mentorshipId = mentorshipId;
        m.title = title;
        m.createdBy = by;
        m.createdAt = now;
        return m;
    }

    /** Ticked by {@code by}; ticking a ticked one keeps who ticked it first. */
    void done(UUID by, Instant now) {
        if (doneAt == null) {
            doneBy = by;
            doneAt = now;
        }
    }

    void undone() {
        doneBy = null;
        doneAt = null;
    }

    UUID id() {
        return id;
    }

    UUID mentorshipId() {
        return mentorshipId;
    }

    String title() {
        return title;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID doneBy() {
        return doneBy;
    }

    Instant doneAt() {
        return doneAt;
    }
}
