package dev.mentorhub.program.invitation;

import dev.mentorhub.program.JoinSource;
import dev.mentorhub.program.ProgramRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invitation to join a program, sent by email (one by one, or from a CSV import). The token in the mailed link is
 * the secret; accepting needs a signed-in member with the invited address. A token admits once, and only until it
 * expires; inviting the address again renews the row with a new token.
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
    @Column(nullable = false)
    private JoinSource source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String details;

    @Column(nullable = false)
    private String token;

    @Column(name = "invited_by")
    private UUID invitedBy;

    @Column(name = "invited_at", nullable = false)
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

    /**
     * Invites the address again: a new token (the old link stops working), a new role and details, as unaccepted as
     * a new invitation, so its time to expire starts again.
     */
    void renew(String displayName, ProgramRole role, JoinSource source, String detailsJson, String token,
            UUID invitedBy, Instant now) {
        this.displayName = displayName;
        this.role = role;
        this.source = source;
        this.details = detailsJson;
        this.token = token;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
        this.acceptedAt = null;
        this.acceptedBy = null;
    }

    /** Not accepted within {@code validity} of being sent. */
    boolean isExpired(Instant now, Duration validity) {
        return acceptedAt == null && !invitedAt.plus(validity).isAfter(now);
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
