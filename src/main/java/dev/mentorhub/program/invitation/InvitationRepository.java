package dev.mentorhub.program.invitation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    Optional<Invitation> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** The invitation locked for the rest of the transaction, so one token admits once even when clicked twice. */
    Optional<Invitation> findByTokenForUpdate(String token) {
        return find("token", token).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Stores a new invitation unless the program already has one for the address (any case): an invitation sent
     * at the same moment by someone else waits for theirs to commit and then gives way. False when it gave way.
     */
    boolean insertIfAbsent(Invitation i) {
        return getEntityManager().createNativeQuery("insert into program_invitation (id, program_id, email, "
                + "display_name, role, source, details, token, invited_by, invited_at) values (:id, :program, :email, "
                + ":name, :role, :source, cast(:details as jsonb), :token, :by, :at) "
                + "on conflict (program_id, lower(email)) do nothing").unwrap(NativeQuery.class)
                .setParameter("id", i.id()).setParameter("program", i.programId()).setParameter("email", i.email())
                .setParameter("name", i.displayName(), String.class).setParameter("role", i.role().name())
                .setParameter("source", i.source().name()).setParameter("details", i.details())
                .setParameter("token", i.token()).setParameter("by", i.invitedBy(), UUID.class)
                .setParameter("at", i.invitedAt()).executeUpdate() == 1;
    }

    /** The program's invitations to any of {@code lowerCaseEmails}, by lower-cased address, locked for renewal. */
    Map<String, Invitation> lockedByEmail(UUID programId, Collection<String> lowerCaseEmails) {
        if (lowerCaseEmails.isEmpty()) {
            return Map.of();
        }
        return find("programId = ?1 and lower(email) in ?2", programId, lowerCaseEmails)
                .withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(i -> i.email().toLowerCase(Locale.ROOT), i -> i));
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
