package dev.mentorhub.event;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finding events: published and cancelled ones the caller may see (for all members, or of a program they belong to
 * or administer), upcoming soonest first or past latest first, filtered. One query for the page, one for the count.
 */
@ApplicationScoped
class EventSearch {

    /** Filters; null means any. {@code past} turns the list into the archive. */
    record Filter(EventType type, EventFormat format, String skill, String city, UUID programId, Instant from,
            Instant to, boolean past) {

        static Filter upcoming() {
            return new Filter(null, null, null, null, null, null, null, false);
        }
    }

    private final EntityManager em;

    EventSearch(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    PageDto<Event> find(Caller caller, Filter f, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder("""
                e.status <> 'DRAFT'
                and (e.program_id is null or :platform
                     or e.program_id in (select pm.program_id from program_member pm
                                         where pm.member_id = :me and pm.left_at is null)
                     or e.program_id in (select p.id from program p join organization_admin oa
                                         on oa.organization_id = p.organization_id where oa.member_id = :me))
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("platform", caller.platformAdmin());
        params.put("me", caller.memberId());
        params.put("now", now);
        where.append(f.past() ? " and e.ends_at <= :now" : " and e.ends_at > :now");
        if (f.type() != null) {
            where.append(" and e.type = :type");
            params.put("type", f.type().name());
        }
        if (f.format() != null) {
            where.append(" and e.format = :format");
            params.put("format", f.format().name());
        }
        if (f.skill() != null) {
            where.append(" and e.skills @> array[cast(:skill as text)]");
            params.put("skill", f.skill());
        }
        if (f.city() != null) {
            where.append(" and lower(e.city) = lower(:city)");
            params.put("city", f.city());
        }
        if (f.programId() != null) {
            where.append(" and e.program_id = :program");
            params.put("program", f.programId());
        }
        if (f.from() != null) {
            where.append(" and e.starts_at >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and e.starts_at < :to");
            params.put("to", f.to());
        }
        String order = f.past() ? "e.starts_at desc, e.id" : "e.starts_at, e.id";
        Query ids = em.createNativeQuery("select e.id from event e where " + where + " order by " + order
                + " limit :limit offset :offset", UUID.class);
        Query count = em.createNativeQuery("select count(*) from event e where " + where);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.setParameter("limit", page.size()).setParameter("offset", page.offset())
                .getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        List<Event> items = new ArrayList<>(em.createQuery("from Event where id in :ids", Event.class)
                .setParameter("ids", found).getResultList());
        items.sort(Comparator.comparingInt(e -> found.indexOf(e.id())));
        return page.result(items, total);
    }
}
