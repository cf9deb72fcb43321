package dev.mentorhub.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("startedAt").and("id");

    long countActiveAsMentor(UUID mentorId) {
        return count("mentorId = ?1 and status = ?2", mentorId, MentorshipStatus.ACTIVE);
    }

    boolean activeBetween(UUID a, UUID b) {
        return count("status = ?1 and ((mentorId = ?2 and menteeId = ?3) or (mentorId = ?3 and menteeId = ?2))",
                MentorshipStatus.ACTIVE, a, b) > 0;
    }

    List<Mentorship> listFor(UUID memberId) {
        return list("mentorId = ?1 or menteeId = ?1", NEWEST_FIRST, memberId);
    }

    /** A member's mentorships locked in id order, for account deletion (like {@code MatchRequestRepository}). */
    List<Mentorship> lockFor(UUID memberId) {
        return find("mentorId = ?1 or menteeId = ?1", Sort.by("id"), memberId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The people I am in an active mentorship with, in either role. */
    Set<UUID> activePartnersOf(UUID memberId) {
        return find("status = ?1 and (mentorId = ?2 or menteeId = ?2)", MentorshipStatus.ACTIVE, memberId).stream()
                .map(m -> m.partnerOf(memberId)).collect(Collectors.toSet());
    }
}
