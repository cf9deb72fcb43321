package dev.mentorhub.program;

import java.time.Instant;
import java.util.UUID;

/** An invitation as the program's admins see it (never with its token). */
public record InvitationDto(UUID id, String email, String displayName, String role, String source,
        Instant invitedAt, Instant acceptedAt) {

    static InvitationDto of(Invitation i) {
        return new InvitationDto(i.id(), i.email(), i.displayName(), i.role().slug(), i.source().name().toLowerCase(),
                i.invitedAt(), i.acceptedAt());
    }
}
