package dev.mentorhub.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Someone who has signed in at least once, keyed by the OIDC subject of their Keycloak account. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    private UUID id;

    @Column(name = "oidc_subject", nullable = false)
    private String oidcSubject;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    /** Whether {@link #email} came from a token that said Keycloak verified it (rows from before that rule: no). */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Member() {
    }

    /**
     * Erases what identifies the person: the row stays (anonymous) for aggregates. Their login is freed by
     * {@link #releaseSubject}, the last step of a deletion.
     */
    public void anonymise(Instant now) {
        username = "deleted";
        displayName = "Deleted member";
        email = null;
        emailVerified = false;
        deletedAt = now;
    }

    /**
     * Frees the login, so a later sign-in with the same account starts as a new member. A step of its own because
     * changing the (unique) subject makes PostgreSQL lock the row against the foreign-key checks of other
     * transactions, which a deletion must only do once it holds every other lock it needs.
     */
    public void releaseSubject() {
        oidcSubject = "deleted:" + id;
    }

    /** Takes the name the identity provider gives now; writes only a change. */
    void renamed(String newDisplayName) {
        if (!displayName.equals(newDisplayName)) {
            displayName = newDisplayName;
        }
    }

    /** Takes the verified email (or none) the identity provider gives now; writes only a change. */
    void verifiedEmailIs(String verifiedEmail) {
        if (!Objects.equals(email, verifiedEmail)) {
            email = verifiedEmail;
        }
        if (emailVerified != (verifiedEmail != null)) {
            emailVerified = verifiedEmail != null;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String oidcSubject() {
        return oidcSubject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** Where mail to the member goes; not proof of who they are (see {@link #trustedEmail}). */
    public String email() {
        return email;
    }

    /** The address only when Keycloak verified it: the one that may grant anything (eligibility, invitations). */
    public String trustedEmail() {
        return emailVerified ? email : null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
