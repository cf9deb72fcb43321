package dev.mentorhub.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invitation to join a program, sent by email (one by one, or from a CSV import). The token in the mailed link is
 * the secret; accepting needs a signed-in member with the invited address.
 */
@Entity
@Table(name = "program_invitation")
public class Invitation {

    @Id
    private UUID id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private UUID programId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgramRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private JoinSource source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String details;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "invited_by", updatable = false)
    private UUID invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private UUID acceptedBy;

    protected Invitation() {
    }

    static Invitation create(UUID programId, String email, String displayName, ProgramRole role, JoinSource source,
            String detailsJson, String token, UUID invitedBy, Instant now) {
        Invitation i = new Invitation();
        i.id = UUID.randomUUID();
        i.programId = programId;
        i.email = email;
        i.displayName = displayName;
        i.role = role;
        i.source = source;
        i.details = detailsJson;
        i.token = token;
        i.invitedBy = invitedBy;
        i.invitedAt = now;
        return i;
    }

    void accept(UUID memberId, Instant now) {
        acceptedBy = memberId;
        acceptedAt = now;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public ProgramRole role() {
        return role;
    }

    public JoinSource source() {
        return source;
    }

    public String details() {
        return details;
    }

    public String token() {
        return token;
    }

    public UUID invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
