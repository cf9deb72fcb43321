package dev.mentorhub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
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
