package dev.mentorhub.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    boolean nameTaken(String name) {
        return count("lower(name) = ?1", name.toLowerCase()) > 0;
    }

    List<Organization> listByName(int page, int size) {
        return find("order by name").page(page, size).list();
    }

    List<Organization> listAdministeredBy(UUID memberId) {
        return getEntityManager().createQuery("select o from Organization o where exists (select 1 from "
                + "OrganizationAdmin a where a.id.organizationId = o.id and a.id.memberId = :member) order by o.name",
                Organization.class).setParameter("member", memberId).getResultList();
    }

    boolean isAdmin(UUID organizationId, UUID memberId) {
        return getEntityManager().find(OrganizationAdmin.class,
                new OrganizationAdmin.Key(organizationId, memberId)) != null;
    }

    /** Appoints; returns false when the member already was an admin. */
    boolean appoint(UUID organizationId, UUID memberId, Instant now) {
        if (isAdmin(organizationId, memberId)) {
            return false;
        }
        getEntityManager().persist(new OrganizationAdmin(organizationId, memberId, now));
        return true;
    }

    boolean dismiss(UUID organizationId, UUID memberId) {
        return getEntityManager().createQuery("delete from OrganizationAdmin a where a.id.organizationId = :org "
                + "and a.id.memberId = :member").setParameter("org", organizationId).setParameter("member", memberId)
                .executeUpdate() > 0;
    }

    /** A member who deleted their account administers nothing any more. */
    int dismissEverywhere(UUID memberId) {
        return getEntityManager().createQuery("delete from OrganizationAdmin a where a.id.memberId = :member")
                .setParameter("member", memberId).executeUpdate();
    }

    List<UUID> adminIds(UUID organizationId) {
        return getEntityManager().createQuery("select a.id.memberId from OrganizationAdmin a "
                + "where a.id.organizationId = :org order by a.appointedAt", UUID.class)
                .setParameter("org", organizationId).getResultList();
    }

    /** The organizations a member administers. */
    java.util.Set<UUID> administeredIds(UUID memberId) {
        return java.util.Set.copyOf(getEntityManager().createQuery("select a.id.organizationId from OrganizationAdmin a "
                + "where a.id.memberId = :member", UUID.class).setParameter("member", memberId).getResultList());
    }

    boolean administersAny(UUID memberId) {
        return getEntityManager().createQuery("select count(a) from OrganizationAdmin a where a.id.memberId = :member",
                Long.class).setParameter("member", memberId).getSingleResult() > 0;
    }

    java.util.Map<UUID, String> names(List<UUID> ids) {
        return list("id in ?1", ids).stream().collect(java.util.stream.Collectors.toMap(Organization::id,
                Organization::name));
    }
}
