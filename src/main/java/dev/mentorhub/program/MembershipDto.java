package dev.mentorhub.program;

import java.util.UUID;

/** One of the caller's memberships: the program, the role in it ("mentee", "mentor", "both") and how they came in. */
public record MembershipDto(UUID programId, String role, String source) {

    public static MembershipDto of(ProgramMembership membership) {
        return new MembershipDto(membership.programId(), membership.role().slug(),
                membership.source().name().toLowerCase());
    }
}
