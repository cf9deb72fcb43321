package dev.mentorhub.mentorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentor and a mentee working together, created by accepting a request. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    @Id
    private UUID id;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    private UUID mentorId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    private UUID menteeId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorshipStatus status;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The program the request was sent in, null outside programs. */
    @Column(name = "program_id", updatable = false)
    private UUID programId;

    /** Goal slugs the pair agreed (from the request's goals at first). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] goals = new String[0];

    @Column(name = "cadence_weeks")
    private Integer cadenceWeeks;

    @Column(name = "session_minutes")
    private Integer sessionMinutes;

    /** Shared Markdown notes, private to the pair. */
    @Column(nullable = false)
    private String notes = "";

    @Column(name = "notes_updated_at")
    private Instant notesUpdatedAt;

    @Column(name = "notes_updated_by")
    private UUID notesUpdatedBy;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private MentorshipOutcome outcome;

    @Column(name = "ended_by")
    private UUID endedBy;

    @Column(name = "end_reason")
    private String endReason;

    /** Each match factor's points in tenths when the request was accepted (factor slug to points). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "match_factors", columnDefinition = "jsonb")
    private Map<String, Integer> matchFactors;

    @Version
    private long version;

    protected Mentorship() {
    }

    /** Without a program, a mentorship is planned for six months and the pair agree a cadence themselves. */
    static final int DEFAULT_MONTHS = 6;

    /**
     * A new active mentorship from an accepted request: its goals and program, the planned end after the program's
     * relationship length (else six months) and, in a program, the cadence nearest its check-in interval.
     */
    static Mentorship startFrom(MatchRequest request, Instant now, Optional<MentorshipPrograms.Terms> terms) {
        Mentorship m = new Mentorship();
        m.id = UUID.randomUUID();
        // The recipient is the mentor; for a peer exchange the one who accepted is recorded as mentor.
        m.mentorId = request.recipientId();
        m.menteeId = request.senderId();
        m.requestId = request.id();
        m.status = MentorshipStatus.ACTIVE;
        m.startedAt = now;
        m.programId = request.programId();
        m.goals = request.goals().toArray(String[]::new);
        m.plannedEnd = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusMonths(terms.map(MentorshipPrograms.Terms::relationshipMonths).orElse(DEFAULT_MONTHS));
        terms.ifPresent(t -> m.cadenceWeeks = cadenceNearest(t.checkInDays()));
        return m;
    }

    /** What the matching engine gave the pair when the request was accepted (factor slug to points in tenths). */
    void recordFactors(Map<String, Integer> points) {
        matchFactors = points.isEmpty() ? null : new java.util.LinkedHashMap<>(points);
    }

    /** Every 1, 2 or 4 weeks: the nearest to a program's check-in interval in days. */
    static int cadenceNearest(int checkInDays) {
        return checkInDays <= 10 ? 1 : checkInDays <= 21 ? 2 : 4;
    }

    /**
     * Ends an active mentorship, by one of its members or (on account deletion) for them: {@code COMPLETED}, or
     * {@code ENDED_EARLY} with the reason they gave (callers check that a member gave one). Ending it again is refused
     * (409).
     */
    void end(Instant now, UUID by, MentorshipOutcome how, String reason) {
        requireActive();
        status = MentorshipStatus.ENDED;
        endedAt = now;
        endedBy = by;
        outcome = how;
        endReason = reason;
    }

    /** What the pair agreed: goals, how often and how long they meet (null: not agreed yet), the planned end. */
    public void agree(List<String> goalSlugs, Integer weeks, Integer minutes, LocalDate end) {
        requireActive();
        goals = goalSlugs.toArray(String[]::new);
        cadenceWeeks = weeks;
        sessionMinutes = minutes;
        plannedEnd = end;
    }

    /** New shared notes, written by {@code by}. */
    public void writeNotes(String markdown, UUID by, Instant now) {
        requireActive();
        notes = markdown;
        notesUpdatedBy = by;
        notesUpdatedAt = now;
    }

    /** Account deletion: the shared notes and the end reason go (milestones are deleted with their rows). */
    public void forgetText() {
        notes = "";
        notesUpdatedBy = null;
        endReason = null;
    }

    /** Edits need an active mentorship: an ended one is read-only (409). */
    public void requireActive() {
        if (status != MentorshipStatus.ACTIVE) {
            throw new MentorshipStateException();
        }
    }

    public boolean isActive() {
        return status == MentorshipStatus.ACTIVE;
    }

    /** Whether {@code memberId} is one of the two. */
    public boolean involves(UUID memberId) {
        return mentorId.equals(memberId) || menteeId.equals(memberId);
    }

    /** The other party, seen from {@code memberId} (one of the two). */
    public UUID partnerOf(UUID memberId) {
        return mentorId.equals(memberId) ? menteeId : mentorId;
    }

    public UUID id() {
        return id;
    }

    public UUID mentorId() {
        return mentorId;
    }

    public UUID menteeId() {
        return menteeId;
    }

    public UUID requestId() {
        return requestId;
    }

    public MentorshipStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public UUID programId() {
        return programId;
    }

    public List<String> goals() {
        return goals == null ? List.of() : List.of(goals);
    }

    public Integer cadenceWeeks() {
        return cadenceWeeks;
    }

    public Integer sessionMinutes() {
        return sessionMinutes;
    }

    public String notes() {
        return notes;
    }

    public Instant notesUpdatedAt() {
        return notesUpdatedAt;
    }

    public UUID notesUpdatedBy() {
        return notesUpdatedBy;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public MentorshipOutcome outcome() {
        return outcome;
    }

    public UUID endedBy() {
        return endedBy;
    }

    public String endReason() {
        return endReason;
    }

    public Map<String, Integer> matchFactors() {
        return matchFactors == null ? Map.of() : Map.copyOf(matchFactors);
    }

    public long version() {
        return version;
    }
}
