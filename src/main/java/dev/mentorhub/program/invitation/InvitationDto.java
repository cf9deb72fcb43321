package dev.mentorhub.program.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as the program's admins see it (never with its token): until when it can be accepted ({@code null}
 * once accepted), and whether that time has passed.
 */
public record InvitationDto(UUID id, String email, String displayName, String role, String source,
        Instant invitedAt, Instant acceptedAt, Instant expiresAt, boolean expired) {

    static InvitationDto of(Invitation i, Duration validity, Instant now) {
        return new InvitationDto(i.id(), i.email(), i.displayName(), i.role().slug(), i.source().name().toLowerCase(),
                i.invitedAt(), i.acceptedAt(), i.isAccepted() ? null : i.invitedAt().plus(validity),
                i.isExpired(now, validity));
    }
}
