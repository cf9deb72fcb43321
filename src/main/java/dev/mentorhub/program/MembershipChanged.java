package dev.mentorhub.program;

import java.util.UUID;

/**
 * A membership ended (the member left or an admin removed them: {@code role} is null) or took another role. Fired
 * synchronously inside the transaction that made the change, so observers (the cohorts) change with it or not at all.
 */
public record MembershipChanged(UUID programId, UUID memberId, ProgramRole role) {

    static MembershipChanged ended(UUID programId, UUID memberId) {
        return new MembershipChanged(programId, memberId, null);
    }

    public boolean ended() {
        return role == null;
    }
}
