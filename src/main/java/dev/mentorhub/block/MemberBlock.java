package dev.mentorhub.block;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One member blocking another. Written with {@code INSERT ... ON CONFLICT DO NOTHING} (see BlockRepository). */
@Entity
@Table(name = "member_block")
@IdClass(MemberBlock.Key.class)
public class MemberBlock {

    /** The composite key: who blocked whom. */
    public record Key(UUID blockerId, UUID blockedId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "blocker_id", nullable = false, updatable = false)
    private UUID blockerId;

    @Id
    @Column(name = "blocked_id", nullable = false, updatable = false)
    private UUID blockedId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MemberBlock() {
    }

    public UUID blockerId() {
        return blockerId;
    }

    public UUID blockedId() {
        return blockedId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
