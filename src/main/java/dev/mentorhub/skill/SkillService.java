package dev.mentorhub.skill;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The skill taxonomy: reading the tree, checking the skills other features are given, and the platform admins'
 * changes. Input is validated here (method validation), so the JSON API and the admin page share one set of rules.
 */
@ApplicationScoped
public class SkillService {

    private final SkillRepository skills;

    SkillService(SkillRepository skills) {
        this.skills = skills;
    }

    /**
     * The whole taxonomy, top-level areas first, siblings in their display order. Without retired skills, a retired
     * skill is left out together with everything below it.
     */
    @Transactional
    public List<SkillNode> tree(boolean includeRetired) {
        List<Skill> all = skills.listAllInOrder();
        Map<Long, List<Skill>> childrenByParent = new HashMap<>();
        List<Skill> roots = new ArrayList<>();
        for (Skill skill : all) {
            if (skill.parent() == null) {
                roots.add(skill);
            } else {
                childrenByParent.computeIfAbsent(skill.parent().id(), id -> new ArrayList<>()).add(skill);
            }
        }
        return nodes(roots, childrenByParent, includeRetired);
    }

    /** One skill with its subtree (retired children only when asked for); 404 if there is no such slug. */
    @Transactional
    public SkillNode node(String slug, boolean includeRetired) {
        Skill skill = skills.findBySlug(slug).orElseThrow(() -> new SkillNotFoundException(slug));
        List<Skill> subtree = skills.list("id in ?1", skills.idsWithDescendants(slug));
        Map<Long, List<Skill>> childrenByParent = new HashMap<>();
        subtree.stream()
                .filter(s -> s != skill)
                .sorted(Comparator.comparingInt(Skill::position).thenComparing(Skill::nameEn))
                .forEach(s -> childrenByParent.computeIfAbsent(s.parent().id(), id -> new ArrayList<>()).add(s));
        return node(skill, childrenByParent, includeRetired);
    }

    /**
     * The skill with this slug, if it may be used in new data: it exists, and neither it nor any skill above it is
     * retired. For other features validating what members pick (e.g. the skills on a profile).
     *
     * @throws UnknownSkillException (400) naming {@code field} otherwise
     */
    @Transactional
    public Skill requireActive(String field, String slug) {
        Skill skill = slug == null ? null : skills.findBySlug(slug).orElse(null);
        if (skill == null || !isActive(skill)) {
            throw new UnknownSkillException(field, slug);
        }
        return skill;
    }

    /**
     * Which of {@code slugs} exist, and whether each may be used in new data (as {@link #requireActive} decides), in
     * one query: for checking many picks at once, such as a CSV import. Unknown slugs are absent from the map.
     */
    @Transactional
    public Map<String, Boolean> usability(Collection<String> slugs) {
        Map<String, Boolean> usable = new HashMap<>();
        skills.findBySlugs(slugs).forEach(skill -> usable.put(skill.slug(), isActive(skill)));
        return usable;
    }

    /** Neither the skill nor any skill above it is retired. */
    private static boolean isActive(Skill skill) {
        for (Skill s = skill; s != null; s = s.parent()) {
            if (s.isRetired()) {
                return false;
            }
        }
        return true;
    }

    /** {@link #requireActive(String, String)} for a field called "skill". */
    @Transactional
    public Skill requireActive(String slug) {
        return requireActive("skill", slug);
    }

    @Transactional
    public SkillNode create(@Valid @NotNull SkillRequests.Create request) {
        if (skills.existsBySlug(request.slug())) {
            throw new DuplicateSkillSlugException(request.slug());
        }
        Skill parent = request.parentSlug() == null ? null : requireActive("parentSlug", request.parentSlug());
        Skill skill = new Skill(request.slug(), request.nameEn().strip(), request.nameZh().strip(), parent,
                request.synonymsOrEmpty(), skills.nextPositionUnder(parent));
        try {
            skills.persistAndFlush(skill);
        } catch (ConstraintViolationException e) {
            if ("skill_slug_uk".equals(e.getConstraintName())) {
                throw new DuplicateSkillSlugException(request.slug()); // lost a race with another create
            }
            throw e;
        }
        Log.infof("Skill %s created", skill.slug());
        return leaf(skill);
    }

    @Transactional
    public SkillNode rename(@NotNull String slug, @Valid @NotNull SkillRequests.Rename request) {
        Skill skill = existing(slug);
        skill.rename(request.nameEn().strip(), request.nameZh().strip());
        if (request.synonyms() != null) {
            skill.replaceSynonyms(request.synonyms());
        }
        return node(slug, true);
    }

    /** Hangs the skill under another parent (at the end of its children), or at the top level. */
    @Transactional
    public SkillNode move(@NotNull String slug, @Valid @NotNull SkillRequests.Move request) {
        Skill skill = existing(slug);
        Skill newParent = request.parentSlug() == null ? null : requireActive("parentSlug", request.parentSlug());
        if (newParent != null && skills.idsWithDescendants(slug).contains(newParent.id())) {
            throw new SkillCycleException(slug, request.parentSlug());
        }
        if (!Objects.equals(idOf(newParent), idOf(skill.parent()))) {
            skill.moveUnder(newParent, skills.nextPositionUnder(newParent));
        }
        return node(slug, true);
    }

    /** Retires the skill (idempotent): it and everything below it are no longer offered for new data. */
    @Transactional
    public SkillNode retire(@NotNull String slug) {
        existing(slug).retire();
        return node(slug, true);
    }

    /** Takes the skill back into use (idempotent). Skills below it that were retired on their own stay retired. */
    @Transactional
    public SkillNode restore(@NotNull String slug) {
        existing(slug).restore();
        return node(slug, true);
    }

    private static Long idOf(Skill skill) {
        return skill == null ? null : skill.id();
    }

    private Skill existing(String slug) {
        return skills.findBySlug(slug).orElseThrow(() -> new SkillNotFoundException(slug));
    }

    private static List<SkillNode> nodes(List<Skill> siblings, Map<Long, List<Skill>> childrenByParent,
            boolean includeRetired) {
        return siblings.stream()
                .filter(s -> includeRetired || !s.isRetired())
                .map(s -> node(s, childrenByParent, includeRetired))
                .toList();
    }

    private static SkillNode node(Skill skill, Map<Long, List<Skill>> childrenByParent, boolean includeRetired) {
        List<Skill> children = childrenByParent.getOrDefault(skill.id(), List.of());
        return new SkillNode(skill.slug(), skill.nameEn(), skill.nameZh(), skill.synonyms(), skill.isRetired(),
                nodes(children, childrenByParent, includeRetired));
    }

    private static SkillNode leaf(Skill skill) {
        return new SkillNode(skill.slug(), skill.nameEn(), skill.nameZh(), skill.synonyms(), skill.isRetired(), List.of());
    }
}
