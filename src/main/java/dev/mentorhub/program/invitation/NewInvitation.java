package dev.mentorhub.program.invitation;

import dev.mentorhub.program.ProgramRole;
import java.util.Map;

/** One person to invite: address, optional name, role, and details (skills, department...) applied on acceptance. */
public record NewInvitation(String email, String displayName, ProgramRole role, Map<String, Object> details) {
}
