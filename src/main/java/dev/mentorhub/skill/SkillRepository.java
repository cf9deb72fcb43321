package dev.mentorhub.skill;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
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

    public boolean existsBySlug(String slug) {
        return count("slug", slug) > 0;
    }

    /** Every skill, retired ones included, siblings in their display order (for building the tree in one query). */
    public List<Skill> listAllInOrder() {
        return listAll(Sort.by("position").and("nameEn").and("slug"));
    }

    /** The position after the last child of {@code parent} ({@code null}: after the last top-level skill). */
    public int nextPositionUnder(Skill parent) {
        var query = parent == null
                ? getEntityManager().createQuery("select max(s.position) from Skill s where s.parent is null", Integer.class)
                : getEntityManager().createQuery("select max(s.position) from Skill s where s.parent = :parent", Integer.class)
                        .setParameter("parent", parent);
        Integer max = query.getSingleResult();
        return max == null ? 0 : max + 1;
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
