package dev.mentorhub.program.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** For tests: the token of the invitation a program sent an address, as the invitee would read it in their mail. */
@ApplicationScoped
public class InvitationTokens {

    private final InvitationRepository invitations;

    InvitationTokens(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    public String of(UUID programId, String email) {
        return invitations.findByEmail(programId, email).orElseThrow().token();
    }
}
