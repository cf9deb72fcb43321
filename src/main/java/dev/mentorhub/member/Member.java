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

    /** Takes the name and the verified email (or none) the identity provider gives now; writes only a change. */
    void identifiedAs(String newDisplayName, String newEmail) {
        if (!displayName.equals(newDisplayName)) {
            displayName = newDisplayName;
        }
        if (!Objects.equals(email, newEmail)) {
            email = newEmail;
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

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
