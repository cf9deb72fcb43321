package dev.mentorhub.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
                insert into member (id, oidc_subject, username, display_name, email, created_at, last_seen_at)
                values (:id, :subject, :username, :displayName, :email, now(), now())
                on conflict (oidc_subject) do nothing
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("subject", identity.subject())
                .setParameter("username", identity.username())
                .setParameter("displayName", identity.displayName())
                .setParameter("email", identity.email())
                .executeUpdate();
    }

    /** Records activity, at most once per {@code resolution}, so a busy member does not write on every request. */
    int touchLastSeen(UUID id, Instant now, Duration resolution) {
        return update("lastSeenAt = ?1 where id = ?2 and lastSeenAt < ?3", now, id, now.minus(resolution));
    }
}
