package dev.mentorhub.program;

import dev.mentorhub.program.settings.Audience;
import dev.mentorhub.program.settings.Eligibility;
import dev.mentorhub.program.settings.MatchingMode;
import dev.mentorhub.program.settings.ProgramJson;
import dev.mentorhub.program.settings.ProgramSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A mentoring program of an organization. The JSON columns (weights, questions) are kept as JSON text here and read
 * through {@link ProgramJson}, so the entity stays a plain row.
 */
@Entity
@Table(name = "program")
public class Program {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "matching_mode", nullable = false)
    private MatchingMode matchingMode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Eligibility eligibility;

    @Column(name = "eligibility_value")
    private String eligibilityValue;

    @Column(name = "enrolment_opens_on")
    private LocalDate enrolmentOpensOn;

    @Column(name = "enrolment_closes_on")
    private LocalDate enrolmentClosesOn;

    @Column(name = "join_code", nullable = false)
    private String joinCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String weights;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String questions;

    @Column(name = "relationship_months", nullable = false)
    private int relationshipMonths;

    @Column(name = "check_in_days", nullable = false)
    private int checkInDays;

    @Column(name = "exclude_same_department", nullable = false)
    private boolean excludeSameDepartment;

    @Column(name = "exclude_reporting_line", nullable = false)
    private boolean excludeReportingLine;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Program() {
    }

    static Program create(UUID organizationId, ProgramSettings settings, String joinCode, Instant now) {
        Program p = new Program();
        p.id = UUID.randomUUID();
        p.organizationId = organizationId;
        p.joinCode = joinCode;
        p.createdAt = now;
        p.apply(settings, now);
        return p;
    }

    void apply(ProgramSettings s, Instant now) {
        name = s.name();
        description = s.description();
        audience = s.audience();
        matchingMode = s.matchingMode();
        eligibility = s.eligibility();
        eligibilityValue = s.eligibility() == Eligibility.INVITE_ONLY ? null : s.eligibilityValue();
        enrolmentOpensOn = s.enrolmentOpensOn();
        enrolmentClosesOn = s.enrolmentClosesOn();
        weights = s.weights() == null ? null : ProgramJson.write(s.weights());
        questions = ProgramJson.write(s.questions());
        relationshipMonths = s.relationshipMonths();
        checkInDays = s.checkInDays();
        excludeSameDepartment = s.excludeSameDepartment();
        excludeReportingLine = s.excludeReportingLine();
        updatedAt = now;
    }

    void rotateJoinCode(String code, Instant now) {
        joinCode = code;
        updatedAt = now;
    }

    /** Whether the enrolment window (if any) contains {@code today}. */
    public boolean enrolmentOpen(LocalDate today) {
        return (enrolmentOpensOn == null || !today.isBefore(enrolmentOpensOn))
                && (enrolmentClosesOn == null || !today.isAfter(enrolmentClosesOn));
    }

    public ProgramSettings settings() {
        return new ProgramSettings(name, description, audience, matchingMode, eligibility, eligibilityValue,
                enrolmentOpensOn, enrolmentClosesOn, weights == null ? null : ProgramJson.weights(weights),
                ProgramJson.questions(questions), relationshipMonths, checkInDays, excludeSameDepartment,
                excludeReportingLine);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public Audience audience() {
        return audience;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    public String eligibilityValue() {
        return eligibilityValue;
    }

    public String joinCode() {
        return joinCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
