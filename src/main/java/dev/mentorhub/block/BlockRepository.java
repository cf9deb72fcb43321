package dev.mentorhub.block;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class BlockRepository implements PanacheRepositoryBase<MemberBlock, MemberBlock.Key> {

    /** Adds the block unless it exists; a single statement, so a double click still makes one row. True when new. */
    boolean insertIfAbsent(UUID blockerId, UUID blockedId, Instant now) {
        return getEntityManager().createNativeQuery("""
                insert into member_block (blocker_id, blocked_id, created_at) values (:blocker, :blocked, :now)
                on conflict (blocker_id, blocked_id) do nothing
                """)
                .setParameter("blocker", blockerId)
                .setParameter("blocked", blockedId)
                .setParameter("now", now)
                .executeUpdate() > 0;
    }

    boolean remove(UUID blockerId, UUID blockedId) {
        return delete("blockerId = ?1 and blockedId = ?2", blockerId, blockedId) > 0;
    }

    boolean blocks(UUID blockerId, UUID blockedId) {
        return count("blockerId = ?1 and blockedId = ?2", blockerId, blockedId) > 0;
    }

    List<MemberBlock> listBy(UUID blockerId) {
        return list("blockerId", Sort.descending("createdAt").and("blockedId"), blockerId);
    }

    /** Every block the member made or received. */
    long removeAllOf(UUID memberId) {
        return delete("blockerId = ?1 or blockedId = ?1", memberId);
    }
}
