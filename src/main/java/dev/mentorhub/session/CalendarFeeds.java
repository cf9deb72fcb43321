package dev.mentorhub.session;

import dev.mentorhub.common.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The secret tokens of the members' calendar subscriptions: one per member, replaced on request. */
@ApplicationScoped
class CalendarFeeds {

    private final EntityManager em;
    private final Clock clock;

    CalendarFeeds(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The member's token, made on first use (two first uses at once agree on one). */
    @Transactional
    String tokenOf(UUID memberId) {
        em.createNativeQuery("""
                insert into calendar_feed (member_id, token, created_at) values (:member, :token, :now)
                on conflict (member_id) do nothing
                """).setParameter("member", memberId).setParameter("token", Tokens.next())
                .setParameter("now", clock.instant()).executeUpdate();
        return (String) em.createNativeQuery("select token from calendar_feed where member_id = :member")
                .setParameter("member", memberId).getSingleResult();
    }

    /** A new token; the old address stops working at once. */
    @Transactional
    String replace(UUID memberId) {
        tokenOf(memberId);
        String token = Tokens.next();
        em.createNativeQuery("update calendar_feed set token = :token, created_at = :now where member_id = :member")
                .setParameter("member", memberId).setParameter("token", token).setParameter("now", clock.instant())
                .executeUpdate();
        return token;
    }

    @Transactional
    Optional<UUID> memberOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        List<?> found = em.createNativeQuery("select member_id from calendar_feed where token = :token", UUID.class)
                .setParameter("token", token).getResultList();
        return found.stream().findFirst().map(UUID.class::cast);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void forget(UUID memberId) {
        em.createNativeQuery("delete from calendar_feed where member_id = :member").setParameter("member", memberId)
                .executeUpdate();
    }
}
