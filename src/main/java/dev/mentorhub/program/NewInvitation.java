package dev.mentorhub.program;

import java.util.Map;

/** One person to invite: address, optional name, role, and details (skills, department...) applied on acceptance. */
public record NewInvitation(String email, String displayName, ProgramRole role, Map<String, Object> details) {
}
