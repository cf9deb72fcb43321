package dev.mentorhub.program;

import dev.mentorhub.profile.ProgramPeers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Program membership as the profile feature asks about it (visibility "programs"). */
@ApplicationScoped
class ProgramPeersQuery implements ProgramPeers {

    private final MembershipRepository memberships;

    ProgramPeersQuery(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public boolean shareAProgram(UUID a, UUID b) {
        return memberships.shareAProgram(a, b);
    }
}
