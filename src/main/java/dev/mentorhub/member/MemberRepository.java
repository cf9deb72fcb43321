package dev.mentorhub.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> findBySubject(String oidcSubject) {
        return find("oidcSubject", oidcSubject).firstResultOptional();
    }

    /**
     * Creates the member for this subject unless it exists. A single statement, so two first requests of the same
     * person racing each other (two tabs after login) still end with one row.
     */
    void insertIfAbsent(SignedInIdentity identity) {
        getEntityManager().createNativeQuery("""
                insert into member (id, oidc_subject, username, display_name, email, email_verified, created_at,
                                    last_seen_at)
                values (:id, :subject, :username, :displayName, :email, :emailVerified, now(), now())
                on conflict (oidc_subject) do nothing
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("subject", identity.subject())
                .setParameter("username", identity.username())
                .setParameter("displayName", identity.displayName())
                .setParameter("email", identity.email())
                .setParameter("emailVerified", identity.email() != null)
                .executeUpdate();
    }

    /** Records activity, at most once per {@code resolution}, so a busy member does not write on every request. */
    int touchLastSeen(UUID id, Instant now, Duration resolution) {
        return update("lastSeenAt = ?1 where id = ?2 and lastSeenAt < ?3", now, id, now.minus(resolution));
    }

    /** A member who has not deleted their account. */
    public Optional<Member> findLive(UUID id) {
        return findByIdOptional(id).filter(m -> !m.isDeleted());
    }

    /**
     * The live member, with their row locked until the transaction ends, for account deletion: a second deletion of
     * the same member waits and then finds them deleted. {@code FOR NO KEY UPDATE}, not {@code FOR UPDATE}, so the
     * foreign-key checks of rows that other transactions write for this member (mail, notifications) do not wait.
     */
    public Optional<Member> lockLive(UUID id) {
        getEntityManager().createNativeQuery("select id from member where id = :id for no key update")
                .setParameter("id", id).getResultList();
        return findLive(id);
    }

    /**
     * Whether the member exists and has not deleted their account, holding a shared lock on their row until the
     * transaction ends: something written for them now (a request to them) either commits before their deletion
     * starts, and is erased by it, or waits for the deletion and finds them deleted. {@code FOR SHARE} conflicts only
     * with the deletion's {@code FOR NO KEY UPDATE}, not with other writers for the same member.
     */
    public boolean lockLiveShared(UUID id) {
        List<?> live = getEntityManager()
                .createNativeQuery("select deleted_at is null from member where id = :id for share")
                .setParameter("id", id).getResultList();
        return !live.isEmpty() && Boolean.TRUE.equals(live.get(0));
    }

    /** The live member with this verified email address (any case), if exactly one has it. */
    public Optional<Member> findLiveByEmail(String email) {
        List<Member> found = list("lower(email) = ?1 and emailVerified = true and deletedAt is null",
                email.trim().toLowerCase());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Display names by id, for showing people in lists. */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(Member::id, Member::displayName));
    }
}
