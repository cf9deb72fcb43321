package dev.mentorhub.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member in a program. Leaving keeps the row (for the dashboard's history) with {@code leftAt} set. */
@Entity
@Table(name = "program_member")
public class ProgramMembership {

    @EmbeddedId
    private Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgramRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JoinSource source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String answers;

    @Column
    private String department;

    @Column(name = "manager_email")
    private String managerEmail;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    /** When an admin removed the member (null: never, or invited again since). */
    @Column(name = "removed_at")
    private Instant removedAt;

    protected ProgramMembership() {
    }

    static ProgramMembership join(UUID programId, UUID memberId, ProgramRole role, JoinSource source, Instant now) {
        ProgramMembership m = new ProgramMembership();
        m.id = new Key(programId, memberId);
        m.role = role;
        m.source = source;
        m.answers = "{}";
        m.joinedAt = now;
        return m;
    }

    /** Joining again after leaving: a fresh start with the new role and source. */
    void rejoin(ProgramRole role, JoinSource source, Instant now) {
        this.role = role;
        this.source = source;
        this.joinedAt = now;
        this.leftAt = null;
        this.removedAt = null;
    }

    void leave(Instant now) {
        leftAt = now;
    }

    /** An admin's removal: the member leaves, and cannot rejoin by themselves until invited again. */
    void remove(Instant now) {
        leftAt = now;
        removedAt = now;
    }

    /** True when an admin removed the member at or after {@code since} (null: ever). */
    public boolean removedSince(Instant since) {
        return removedAt != null && (since == null || !removedAt.isBefore(since));
    }

    void changeRole(ProgramRole role) {
        this.role = role;
    }

    void answer(String answersJson) {
        this.answers = answersJson;
    }

    /** Where the member sits in the org chart (either may be null: unknown). */
    void placeInOrg(String department, String managerEmail) {
        this.department = department;
        this.managerEmail = managerEmail;
    }

    /** A member who deleted their account: their answers and place in the org chart go; the row stays, for counts. */
    void forget() {
        answers = "{}";
        department = null;
        managerEmail = null;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public UUID programId() {
        return id.programId;
    }

    public UUID memberId() {
        return id.memberId;
    }

    public ProgramRole role() {
        return role;
    }

    public JoinSource source() {
        return source;
    }

    public String answers() {
        return answers;
    }

    public String department() {
        return department;
    }

    public String managerEmail() {
        return managerEmail;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "program_id")
        private UUID programId;

        @Column(name = "member_id")
        private UUID memberId;

        protected Key() {
        }

        Key(UUID programId, UUID memberId) {
            this.programId = programId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.programId.equals(programId) && k.memberId.equals(memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programId, memberId);
        }
    }
}
