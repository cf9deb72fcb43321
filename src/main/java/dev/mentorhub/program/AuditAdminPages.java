package dev.mentorhub.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentorhub.audit.AuditEventDto;
import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.security.Roles;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.member.MemberRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit log as pages: a program's, for its admins; everything, for platform admins. Newest first. */
@Path("/admin")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditAdminPages {

    private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {
    };

    private final AuditLog audit;
    private final MemberRepository members;
    private final ObjectMapper json;
    private final AdminSupport support;

    AuditAdminPages(AuditLog audit, MemberRepository members, ObjectMapper json, AdminSupport support) {
        this.audit = audit;
        this.members = members;
        this.json = json;
        this.support = support;
    }

    /** One audit event as a row: who by name, what, when, and each changed value before → after. */
    public record Row(String when, String who, String action, String target, UUID programId, List<Change> changes) {
    }

    /** One value that changed; "—" stands for absent. */
    public record Change(String field, String before, String after) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(ProgramDto program, List<Row> rows, Pager pager);
    }

    @GET
    @Path("programs/{id}/audit")
    public TemplateInstance program(@RestPath UUID id, @RestQuery Integer page) {
        ProgramDto program = support.administered(id);
        PageDto<AuditEventDto> events = audit.forProgram(program.id(), page(page), AdminSupport.PAGE_SIZE);
        return Templates.list(program, rows(events), Pager.of(events, "/admin/programs/" + id + "/audit?"));
    }

    @GET
    @Path("audit")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TemplateInstance all(@RestQuery Integer page) {
        PageDto<AuditEventDto> events = audit.all(page(page), AdminSupport.PAGE_SIZE);
        return Templates.list(null, rows(events), Pager.of(events, "/admin/audit?"));
    }

    private List<Row> rows(PageDto<AuditEventDto> events) {
        Map<UUID, String> names = members.displayNames(events.items().stream().map(AuditEventDto::actorId)
                .filter(Objects::nonNull).distinct().toList());
        String unknown = support.messages().audit_unknown_actor();
        return events.items().stream().map(e -> new Row(AdminSupport.when(e.occurredAt()),
                names.getOrDefault(e.actorId(), unknown), e.action(), e.targetType() + " " + e.targetId(),
                e.programId(), changes(e.before(), e.after()))).toList();
    }

    /** The fields whose values differ between the two JSON states, in the order they were written. */
    List<Change> changes(String beforeJson, String afterJson) {
        Map<String, Object> before = read(beforeJson);
        Map<String, Object> after = read(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, show(was), show(is)));
            }
        }
        return changes;
    }

    private Map<String, Object> read(String state) {
        if (state == null || state.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> map = json.readValue(state, STATE);
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            return Map.of("state", state);
        }
    }

    private String show(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                return json.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }

    private static int page(Integer page) {
        return page == null ? 0 : Math.max(0, page);
    }
}
