package dev.mentorhub.program.invitation;

import dev.mentorhub.program.settings.ProgramJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import row carries besides address, name and role, kept in the invitation's {@code details} JSON until the
 * person accepts: skill slugs to teach and to learn, their department (free text) and their manager's email, which
 * become their place in the program's org chart.
 */
public record ImportedDetails(List<String> teachSkills, List<String> learnSkills, String department, String managerEmail) {

    static final ImportedDetails NONE = new ImportedDetails(List.of(), List.of(), null, null);

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!teachSkills.isEmpty()) {
            json.put("teachSkills", teachSkills);
        }
        if (!learnSkills.isEmpty()) {
            json.put("learnSkills", learnSkills);
        }
        if (department != null) {
            json.put("department", department);
        }
        if (managerEmail != null) {
            json.put("managerEmail", managerEmail);
        }
        return json;
    }

    public static ImportedDetails fromJson(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        Map<String, Object> map = ProgramJson.map(json);
        return new ImportedDetails(strings(map.get("teachSkills")), strings(map.get("learnSkills")),
                map.get("department") instanceof String d ? d : null,
                map.get("managerEmail") instanceof String m ? m : null);
    }

    boolean hasSkills() {
        return !teachSkills.isEmpty() || !learnSkills.isEmpty();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().filter(String.class::isInstance).map(String.class::cast)
                .toList() : List.of();
    }
}
