package dev.mentorhub.program;

import dev.mentorhub.member.Member;
import java.time.Instant;
import java.util.UUID;

/** A member of a program, as its admins see them, with their place in the org chart (null when unknown). */
public record ProgramMemberDto(UUID memberId, String displayName, String email, String role, String source,
        Instant joinedAt, String department, String managerEmail) {

    static ProgramMemberDto of(ProgramMembership membership, Member member) {
        return new ProgramMemberDto(membership.memberId(), member.displayName(), member.email(),
                membership.role().slug(), membership.source().name().toLowerCase(), membership.joinedAt(),
                membership.department(), membership.managerEmail());
    }
}
