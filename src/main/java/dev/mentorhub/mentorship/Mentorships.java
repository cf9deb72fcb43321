package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Mentorships as other features see them: who the two are and whether it is still going (sessions build on it). */
@ApplicationScoped
public class Mentorships {

    private final EntityManager em;

    Mentorships(EntityManager em) {
        this.em = em;
    }

    /** The two members of a mentorship, whether it is active, and the session length they agreed (null: none). */
    public record Pair(UUID id, UUID mentorId, UUID menteeId, boolean active, Integer sessionMinutes) {

        public boolean involves(UUID memberId) {
            return mentorId.equals(memberId) || menteeId.equals(memberId);
        }

        public UUID partnerOf(UUID memberId) {
            return mentorId.equals(memberId) ? menteeId : mentorId;
        }
    }

    /** One of {@code memberId}'s mentorships; anyone else's answers 404, as if it did not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pair of(UUID mentorshipId, UUID memberId) {
        return pair(mentorshipId == null ? null : em.find(Mentorship.class, mentorshipId), memberId);
    }

    /**
     * As {@link #of}, with the row share-locked until the transaction ends: many bookings may go on at once, but the
     * mentorship cannot end under them (ending takes the row's write lock and waits).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pair lockedFor(UUID mentorshipId, UUID memberId) {
        return pair(mentorshipId == null ? null
                : em.find(Mentorship.class, mentorshipId, LockModeType.PESSIMISTIC_READ), memberId);
    }

    /** A mentorship's two members, for work done on behalf of both (reminders); no member's view, no check. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pair pairOf(UUID mentorshipId) {
        Mentorship m = em.find(Mentorship.class, mentorshipId);
        return new Pair(m.id(), m.mentorId(), m.menteeId(), m.isActive(), m.sessionMinutes());
    }

    /** Every mentorship {@code memberId} has or had, either role. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pair> ofMember(UUID memberId) {
        return em.createQuery("select m from Mentorship m where m.mentorId = :id or m.menteeId = :id", Mentorship.class)
                .setParameter("id", memberId).getResultStream().map(m -> pair(m, memberId)).toList();
    }

    /** The goal slugs a mentorship's pair agreed; no member's view, no check (callers checked with {@link #of}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> goalsOf(UUID mentorshipId) {
        return em.find(Mentorship.class, mentorshipId).goals();
    }

    private static Pair pair(Mentorship m, UUID memberId) {
        if (m == null || !m.involves(memberId)) {
            throw new NotFoundException();
        }
        return new Pair(m.id(), m.mentorId(), m.menteeId(), m.isActive(), m.sessionMinutes());
    }
}
