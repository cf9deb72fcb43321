package dev.mentorhub.program;

import dev.mentorhub.mentorship.MentorshipPrograms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Tells requests and mentorships whether two members share a program, and the program's terms. */
@ApplicationScoped
class ProgramTerms implements MentorshipPrograms {

    private final ProgramRepository programs;
    private final MembershipRepository memberships;

    ProgramTerms(ProgramRepository programs, MembershipRepository memberships) {
        this.programs = programs;
        this.memberships = memberships;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Terms> termsFor(UUID programId, UUID memberA, UUID memberB) {
        if (programId == null || !memberships.isActiveMember(programId, memberA)
                || !memberships.isActiveMember(programId, memberB)) {
            return Optional.empty();
        }
        return termsOf(programId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Terms> termsOf(UUID programId) {
        return programs.findByIdOptional(programId)
                .map(Program::settings)
                .map(s -> new Terms(s.checkInDays(), s.relationshipMonths()));
    }
}
