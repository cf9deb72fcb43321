package dev.mentorhub.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    long countActiveAsMentor(UUID mentorId) {
        return count("mentorId = ?1 and status = ?2", mentorId, MentorshipStatus.ACTIVE);
    }

    boolean activeBetween(UUID a, UUID b) {
        return count("status = ?1 and ((mentorId = ?2 and menteeId = ?3) or (mentorId = ?3 and menteeId = ?2))",
                MentorshipStatus.ACTIVE, a, b) > 0;
    }

    List<Mentorship> listFor(UUID memberId) {
        return list("mentorId = ?1 or menteeId = ?1", Sort.descending("startedAt").and("id"), memberId);
    }
}
