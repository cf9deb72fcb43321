package dev.mentorhub.program;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    Optional<Invitation> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    Optional<Invitation> findByEmail(UUID programId, String email) {
        return find("programId = ?1 and lower(email) = ?2", programId, email.toLowerCase()).firstResultOptional();
    }

    /** Invitations to {@code email} (any case), or accepted by the member, newest first. */
    List<Invitation> addressedTo(UUID memberId, String email) {
        return list("(lower(email) = ?1 or acceptedBy = ?2) order by invitedAt desc, id",
                email == null ? "" : email.toLowerCase(), memberId);
    }

    /** The lower-cased addresses among {@code emails} already invited to the program. */
    List<String> alreadyInvited(UUID programId, Collection<String> lowerCaseEmails) {
        if (lowerCaseEmails.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select lower(i.email) from Invitation i where i.programId = :program "
                + "and lower(i.email) in :emails", String.class).setParameter("program", programId)
                .setParameter("emails", lowerCaseEmails).getResultList();
    }

    PanacheQuery<Invitation> ofProgram(UUID programId) {
        return find("programId", Sort.descending("invitedAt").and("email"), programId);
    }
}
