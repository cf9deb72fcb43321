package dev.mentorhub.skill;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SkillRepository implements PanacheRepository<Skill> {

    public Optional<Skill> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Skill> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** The skill with this slug and every skill below it, at any depth (for "skill including its sub-skills"). */
    @SuppressWarnings("unchecked")
    public List<Long> idsWithDescendants(String slug) {
        return getEntityManager().createNativeQuery("""
                with recursive subtree as (
                    select id from skill where slug = :slug
                    union all
                    select s.id from skill s join subtree t on s.parent_id = t.id
                )
                select id from subtree
                """, Long.class).setParameter("slug", slug).getResultList();
    }
}
