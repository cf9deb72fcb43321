package dev.mentorhub.program.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentorhub.audit.AuditEventDto;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Audit events made readable: the actor's display name, and each changed value as before → after. */
@ApplicationScoped
class AuditRows {

    private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {
    };

    private final MemberRepository members;
    private final ObjectMapper json;

    AuditRows(MemberRepository members, ObjectMapper json) {
        this.members = members;
        this.json = json;
    }

    /** One audit event as a row: who by name, what, when, and each changed value. */
    public record Row(String when, String who, String action, String target, UUID programId, List<Change> changes) {
    }

    /** One value that changed; "—" stands for absent. */
    public record Change(String field, String before, String after) {
    }

    List<Row> rows(PageDto<AuditEventDto> events, String unknownActor) {
        Map<UUID, String> names = members.displayNames(events.items().stream().map(AuditEventDto::actorId)
                .filter(Objects::nonNull).distinct().toList());
        return events.items().stream().map(e -> new Row(AdminSupport.when(e.occurredAt()),
                names.getOrDefault(e.actorId(), unknownActor), e.action(), e.targetType() + " " + e.targetId(),
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
}
