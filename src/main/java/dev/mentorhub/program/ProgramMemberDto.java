package dev.mentorhub.program;

import java.time.Instant;
import java.util.UUID;

/** A member of a program, as its admins see them. */
public record ProgramMemberDto(UUID memberId, String displayName, String email, String role, String source,
        Instant joinedAt) {
}
