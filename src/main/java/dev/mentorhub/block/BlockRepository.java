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

    /**
     * Whether {@code them} contacted {@code me}: sent me a request (any status), or is or was my mentorship partner.
     * Reads the mentorship feature's tables directly, as the matching loader does, so blocking does not depend on it.
     */
    boolean contacted(UUID them, UUID me) {
        return (Boolean) getEntityManager().createNativeQuery("""
                select exists (select 1 from match_request where sender_id = :them and recipient_id = :me)
                    or exists (select 1 from mentorship where (mentor_id = :them and mentee_id = :me)
                                                          or (mentor_id = :me and mentee_id = :them))
                """, Boolean.class)
                .setParameter("them", them)
                .setParameter("me", me)
                .getSingleResult();
    }

    List<MemberBlock> listBy(UUID blockerId) {
        return list("blockerId", Sort.descending("createdAt").and("blockedId"), blockerId);
    }

    /** Every block the member made or received. */
    long removeAllOf(UUID memberId) {
        return delete("blockerId = ?1 or blockedId = ?1", memberId);
    }
}
