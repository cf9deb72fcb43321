package dev.mentorhub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The audit log of admin actions. {@link #record} joins the caller's transaction, so an action and its audit event
 * commit or roll back together. Reading is scoped by the caller: callers check access to the organization or
 * program first (see ProgramAccess).
 */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEvent, UUID> {

    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records one action; {@code before} and {@code after} (either may be null) are written as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry, Object before, Object after) {
        persist(new AuditEvent(entry, toJson(before), toJson(after), clock.instant()));
    }

    /**
     * Account deletion: the log keeps every event (who acted, what, when), but no longer names the person. In events
     * about them (target: that member) every recorded text value becomes "deleted member"; in all other events, the
     * values that are their email, subject, user name or one of their names, or contain their email or subject.
     * The one change ever made to audit events; runs in the deletion's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redact(DeletedMember deleted) {
        List<String> identifiers = List.copyOf(deleted.identifiers());
        StringBuilder where = new StringBuilder("(target_type = 'member' and target_id = :member)");
        for (int i = 0; i < identifiers.size(); i++) {
            where.append(" or strpos(lower(concat(target_id, ' ', before_state::text, ' ', after_state::text)), :p")
                    .append(i).append(") > 0");
        }
        Query candidates = getEntityManager().createNativeQuery("select id, target_type, target_id, "
                + "before_state::text, after_state::text from audit_event where " + where)
                .setParameter("member", deleted.id().toString());
        for (int i = 0; i < identifiers.size(); i++) {
            candidates.setParameter("p" + i, identifiers.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = candidates.getResultList();
        for (Object[] row : rows) {
            boolean about = "member".equals(row[1]) && deleted.id().toString().equals(row[2]);
            String target = deleted.isNamedIn((String) row[2]) ? DeletedMember.REDACTED : (String) row[2];
            String before = redacted((String) row[3], deleted, about);
            String after = redacted((String) row[4], deleted, about);
            // Only the non-null states are set: a null parameter has no type to cast to jsonb.
            Query update = getEntityManager().createNativeQuery("update audit_event set target_id = :target"
                    + (before == null ? "" : ", before_state = cast(:before as jsonb)")
                    + (after == null ? "" : ", after_state = cast(:after as jsonb)") + " where id = :id")
                    .setParameter("target", target).setParameter("id", row[0]);
            if (before != null) {
                update.setParameter("before", before);
            }
            if (after != null) {
                update.setParameter("after", after);
            }
            update.executeUpdate();
        }
        return rows.size();
    }

    /** The JSON with the deleted member's values (or, {@code about} them, all text values) redacted; null stays. */
    private String redacted(String state, DeletedMember deleted, boolean about) {
        if (state == null) {
            return null;
        }
        try {
            JsonNode tree = json.readTree(state);
            return json.writeValueAsString(redact(tree, deleted, about));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot redact an audit state", e);
        }
    }

    private static JsonNode redact(JsonNode node, DeletedMember deleted, boolean about) {
        if (node.isTextual()) {
            return about || deleted.isNamedIn(node.asText()) ? TextNode.valueOf(DeletedMember.REDACTED) : node;
        }
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> object.set(name, redact(object.get(name), deleted, about)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redact(array.get(i), deleted, about));
            }
        }
        return node;
    }

    /** When {@code action} last happened to each of the targets (of type {@code targetType}) that it happened to. */
    public Map<String, Instant> lastOccurrences(String action, String targetType, Collection<String> targetIds) {
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select e.targetId, max(e.occurredAt) from AuditEvent e where e.action = "
                + ":action and e.targetType = :type and e.targetId in :ids group by e.targetId", Object[].class)
                .setParameter("action", action).setParameter("type", targetType).setParameter("ids", targetIds)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Instant) r[1]));
    }

    public PageDto<AuditEventDto> forProgram(UUID programId, PageRequest page) {
        return page(find("programId", Sort.descending("occurredAt", "id"), programId), page);
    }

    public PageDto<AuditEventDto> forOrganization(UUID organizationId, PageRequest page) {
        return page(find("organizationId", Sort.descending("occurredAt", "id"), organizationId), page);
    }

    public PageDto<AuditEventDto> all(PageRequest page) {
        return page(findAll(Sort.descending("occurredAt", "id")), page);
    }

    private static PageDto<AuditEventDto> page(PanacheQuery<AuditEvent> query, PageRequest page) {
        return page.result(query.page(page.panache()).list().stream().map(AuditEventDto::of).toList(), query.count());
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit state of " + state.getClass().getSimpleName(), e);
        }
    }
}
