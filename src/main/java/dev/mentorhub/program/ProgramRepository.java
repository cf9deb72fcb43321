package dev.mentorhub.program;

import dev.mentorhub.program.settings.Audience;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    Optional<Program> findByJoinCode(String code) {
        return find("joinCode", code).firstResultOptional();
    }

    boolean nameTaken(UUID organizationId, String name, UUID except) {
        return count("organizationId = ?1 and lower(name) = ?2 and id <> ?3", organizationId, name.toLowerCase(),
                except == null ? new UUID(0, 0) : except) > 0;
    }

    List<Program> listByOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by name", organizationId);
    }

    /**
     * Programs a member may see: open ones, those they belong to, and those of organizations they administer.
     * Platform admins see all (the caller decides).
     */
    List<Program> listVisibleTo(UUID memberId) {
        return list("audience = ?1 or id in (select m.id.programId from ProgramMembership m where m.id.memberId = ?2 "
                + "and m.leftAt is null) or organizationId in (select a.id.organizationId from OrganizationAdmin a "
                + "where a.id.memberId = ?2) order by name", Audience.OPEN, memberId);
    }

    List<Program> listAllByName() {
        return list("order by name");
    }
}
