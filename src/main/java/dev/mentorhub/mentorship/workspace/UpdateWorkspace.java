package dev.mentorhub.mentorship.workspace;

import java.time.LocalDate;
import java.util.List;

/**
 * PUT /api/v1/mentorships/{id}: the version read with the workspace (required) and the fields to change; a field left
 * out (null) stays as it is. {@code cadenceWeeks} and {@code sessionMinutes} take 0 to clear an agreed value.
 */
public record UpdateWorkspace(Long version, List<String> goals, Integer cadenceWeeks, Integer sessionMinutes,
        LocalDate plannedEnd, String notes) {
}
