package dev.mentorhub.program;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class MembershipRepository implements PanacheRepositoryBase<ProgramMembership, ProgramMembership.Key> {

    Optional<ProgramMembership> find(UUID programId, UUID memberId) {
        return findByIdOptional(new ProgramMembership.Key(programId, memberId));
    }

    boolean isActiveMember(UUID programId, UUID memberId) {
        return find(programId, memberId).filter(ProgramMembership::isActive).isPresent();
    }

    List<ProgramMembership> activeOf(UUID memberId) {
        return list("id.memberId = ?1 and leftAt is null", memberId);
    }

    /** Every membership of a member, active or left, oldest first. */
    List<ProgramMembership> allOf(UUID memberId) {
        return list("id.memberId = ?1 order by joinedAt, id.programId", memberId);
    }

    /** Active members of a program whose name, username or email contains {@code query} (any case). */
    PanacheQuery<ProgramMembership> search(UUID programId, String query) {
        String like = "%" + (query == null ? "" : query.trim().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return find("from ProgramMembership pm where pm.id.programId = :program and pm.leftAt is null and exists "
                + "(select 1 from Member m where m.id = pm.id.memberId and m.deletedAt is null and (lower(m.displayName)"
                + " like :q escape '\\' or lower(m.username) like :q escape '\\' or lower(coalesce(m.email, '')) like "
                + ":q escape '\\')) order by pm.joinedAt desc, pm.id.memberId",
                Parameters.with("program", programId).and("q", like));
    }

    /** The lower-cased addresses among {@code lowerCaseEmails} of live members active in the program. */
    List<String> activeMemberEmails(UUID programId, Collection<String> lowerCaseEmails) {
        if (lowerCaseEmails.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select lower(m.email) from Member m where m.deletedAt is null and "
                + "lower(m.email) in :emails and exists (select 1 from ProgramMembership pm where pm.id.programId = "
                + ":program and pm.id.memberId = m.id and pm.leftAt is null)", String.class)
                .setParameter("program", programId).setParameter("emails", lowerCaseEmails).getResultList();
    }

    /**
     * Adds a member unless the row exists already: a second Join sent at the same moment waits for the first to
     * commit and then does nothing, instead of failing on the primary key. False when the row was there.
     */
    boolean insertIfAbsent(ProgramMembership m) {
        return getEntityManager().createNativeQuery("insert into program_member (program_id, member_id, role, source, "
                + "answers, joined_at) values (:program, :member, :role, :source, '{}', :at) "
                + "on conflict (program_id, member_id) do nothing")
                .setParameter("program", m.programId()).setParameter("member", m.memberId())
                .setParameter("role", m.role().name()).setParameter("source", m.source().name())
                .setParameter("at", m.joinedAt()).executeUpdate() == 1;
    }

    /** When an admin removed them, by lower-cased email, for those of {@code lowerCaseEmails} removed from the program. */
    Map<String, Instant> removedByEmail(UUID programId, Collection<String> lowerCaseEmails) {
        if (lowerCaseEmails.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select lower(m.email), pm.removedAt from ProgramMembership pm, Member m "
                + "where m.id = pm.id.memberId and pm.id.programId = :program and pm.removedAt is not null and "
                + "lower(m.email) in :emails", Object[].class).setParameter("program", programId)
                .setParameter("emails", lowerCaseEmails).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Instant) r[1], (a, b) -> a.isAfter(b) ? a : b));
    }

    /** True when two members share a program both are active in. */
    boolean shareAProgram(UUID a, UUID b) {
        return count("id.memberId = ?1 and leftAt is null and id.programId in (select o.id.programId from "
                + "ProgramMembership o where o.id.memberId = ?2 and o.leftAt is null)", a, b) > 0;
    }

    /** A program's active members. */
    List<ProgramMembership> activeIn(UUID programId) {
        return list("id.programId = ?1 and leftAt is null", programId);
    }

    /** The ids of a program's active live members, by their lower-cased email (members without one are left out). */
    java.util.Map<String, UUID> activeMemberIdsByEmail(UUID programId) {
        return getEntityManager().createQuery("select lower(m.email), m.id from Member m where m.deletedAt is null and "
                + "m.email is not null and exists (select 1 from ProgramMembership pm where pm.id.programId = :program "
                + "and pm.id.memberId = m.id and pm.leftAt is null)", Object[].class)
                .setParameter("program", programId).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (UUID) r[1], (a, b) -> a));
    }
}
