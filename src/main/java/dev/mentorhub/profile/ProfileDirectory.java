package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.skill.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The member directory query: only profiles visible to everyone, with no block either way between the viewer and
 * their owner, narrowed by the filters; inactive mentors (paused, or not seen for a while) come last, then the most
 * recently active first.
 */
@ApplicationScoped
class ProfileDirectory {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final EntityManager em;
    private final SkillRepository skills;

    ProfileDirectory(EntityManager em, SkillRepository skills) {
        this.em = em;
        this.skills = skills;
    }

    record Result(List<Profile> profiles, int page, int size, long total) {
    }

    /** {@code viewer}'s directory: members the viewer blocked, and members who blocked the viewer, are left out. */
    Result search(DirectoryFilter filter, UUID viewer, Instant now, Instant activeSince) {
        List<FieldError> errors = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where p.visibility = :everyone and m.deletedAt is null"
                + " and not exists (select 1 from MemberBlock b where b.blockerId = :viewer and b.blockedId = p.memberId)"
                + " and not exists (select 1 from MemberBlock c where c.blockerId = p.memberId"
                + " and c.blockedId = :viewer)");
        Map<String, Object> params = new HashMap<>();
        params.put("everyone", Visibility.EVERYONE);
        params.put("viewer", viewer);

        String role = blankToNull(filter.role());
        if ("mentor".equals(role)) {
            where.append(" and p.mentor = true");
        } else if ("mentee".equals(role)) {
            where.append(" and p.mentee = true");
        } else if (role != null) {
            errors.add(new FieldError("role", "must be mentor or mentee"));
        }
        String skill = blankToNull(filter.skill());
        if (skill != null) {
            List<Long> ids = skills.idsWithDescendants(skill);
            if (ids.isEmpty()) {
                errors.add(new FieldError("skill", "is not a known skill: " + skill));
            } else {
                String teaches = "exists (select 1 from Profile t join t.teachSkills ts where t = p and ts.skillId in :skillIds)";
                String learns = "exists (select 1 from Profile l join l.learnSkills ls where l = p and ls.skillId in :skillIds)";
                where.append(" and ").append("mentor".equals(role) ? teaches
                        : "mentee".equals(role) ? learns : "(" + teaches + " or " + learns + ")");
                params.put("skillIds", ids);
            }
        }
        String stage = blankToNull(filter.stage());
        if (stage != null) {
            Slugged.parse(CareerStage.class, stage).ifPresentOrElse(s -> {
                where.append(" and p.careerStage = :stage");
                params.put("stage", s);
            }, () -> errors.add(new FieldError("stage", "is not a career stage")));
        }
        String language = blankToNull(filter.language());
        if (language != null) {
            String code = language.toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(code)) {
                where.append(" and :language member of p.languages");
                params.put("language", code);
            } else {
                errors.add(new FieldError("language", "is not an ISO 639 language code"));
            }
        }
        if (filter.utcOffsetMin() != null || filter.utcOffsetMax() != null) {
            double min = filter.utcOffsetMin() == null ? -12 : filter.utcOffsetMin();
            double max = filter.utcOffsetMax() == null ? 14 : filter.utcOffsetMax();
            if (min < -12 || max > 14 || min > max) {
                errors.add(new FieldError("utcOffsetMin", "must be a range within -12 and 14 hours"));
            } else {
                where.append(" and p.timeZone in :zones");
                params.put("zones", zonesWithOffsetBetween(min, max, now));
            }
        }
        if (Boolean.TRUE.equals(filter.hasCapacity())) {
            where.append(" and p.mentor = true and p.mentorCapacity > 0");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        PageRequest page = PageRequest.of(filter.page(), filter.size(), DirectoryFilter.DEFAULT_SIZE);
        TypedQuery<Long> count = em.createQuery("select count(p) from Profile p join p.member m" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();

        TypedQuery<Profile> query = em.createQuery("select p from Profile p join fetch p.member m" + where
                + " order by case when p.mentor = true and (p.mentorCapacity = 0 or m.lastSeenAt < :activeSince)"
                + " then 1 else 0 end, m.lastSeenAt desc, p.displayName, p.memberId", Profile.class);
        params.forEach(query::setParameter);
        query.setParameter("activeSince", activeSince);
        List<Profile> profiles = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Result(profiles, page.page(), page.size(), total);
    }

    /** The zones whose offset from UTC is, right now, within the range (offsets change with daylight saving). */
    private static List<String> zonesWithOffsetBetween(double min, double max, Instant now) {
        List<String> zones = new ArrayList<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            double hours = ZoneId.of(id).getRules().getOffset(now).getTotalSeconds() / 3600.0;
            if (hours >= min && hours <= max) {
                zones.add(id);
            }
        }
        if (0 >= min && 0 <= max) {
            zones.add("UTC");
        }
        return zones;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
