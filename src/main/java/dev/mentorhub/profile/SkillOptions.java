package dev.mentorhub.profile;

import dev.mentorhub.skill.Skill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The skills a form offers (active ones), grouped under their top-level area, named in the page's language. */
@ApplicationScoped
class SkillOptions {

    private final EntityManager em;

    SkillOptions(EntityManager em) {
        this.em = em;
    }

    record Choice(String slug, String name) {
    }

    record Group(String name, List<Choice> skills) {
    }

    List<Group> groups(Locale locale) {
        List<Skill> active = em.createQuery("select s from Skill s left join fetch s.parent where s.retired = false",
                Skill.class).getResultList();
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        Map<Skill, List<Choice>> byArea = new LinkedHashMap<>();
        active.stream()
                .sorted(Comparator.comparing((Skill s) -> root(s).position()).thenComparing(s -> root(s).slug())
                        .thenComparing(Skill::position).thenComparing(Skill::slug))
                .forEach(s -> byArea.computeIfAbsent(root(s), r -> new ArrayList<>())
                        .add(new Choice(s.slug(), (s.parent() != null && s.parent().parent() != null ? "· " : "")
                                + (chinese ? s.nameZh() : s.nameEn()))));
        return byArea.entrySet().stream()
                .map(e -> new Group(chinese ? e.getKey().nameZh() : e.getKey().nameEn(), e.getValue())).toList();
    }

    private static Skill root(Skill skill) {
        Skill current = skill;
        while (current.parent() != null) {
            current = current.parent();
        }
        return current;
    }
}
