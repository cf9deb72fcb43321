package dev.mentorhub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentorhub.common.web.PageDto;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

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

    public PageDto<AuditEventDto> forProgram(UUID programId, int page, int size) {
        return page(find("programId", Sort.descending("occurredAt", "id"), programId), page, size);
    }

    public PageDto<AuditEventDto> forOrganization(UUID organizationId, int page, int size) {
        return page(find("organizationId", Sort.descending("occurredAt", "id"), organizationId), page, size);
    }

    public PageDto<AuditEventDto> all(int page, int size) {
        return page(findAll(Sort.descending("occurredAt", "id")), page, size);
    }

    private static PageDto<AuditEventDto> page(PanacheQuery<AuditEvent> query, int page, int size) {
        return PageDto.of(query.page(page, size).list().stream().map(AuditEventDto::of).toList(), page, size,
                query.count());
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
