package dev.mentorhub.program.invitation;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Outbox;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.settings.ProgramJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Invitations to a member's address or accepted by them, in the export's {@code programs} section; deleted with the
 * account (their mail goes with the member's mail). Invitations the member sent stay (the program sent them), but
 * their mail no longer names the member as the inviter.
 */
@ApplicationScoped
class InvitationPersonalData implements PersonalData {

    record InvitationExport(UUID programId, String programName, String email, String displayName, String role,
            String source, Map<String, Object> details, Instant invitedAt, Instant acceptedAt) {
    }

    private final InvitationRepository invitations;
    private final ProgramAccess access;
    private final Outbox outbox;
    private final Mails mails;

    InvitationPersonalData(InvitationRepository invitations, ProgramAccess access, Outbox outbox, Mails mails) {
        this.invitations = invitations;
        this.access = access;
        this.outbox = outbox;
        this.mails = mails;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        List<InvitationExport> invited = invitations.addressedTo(me.id(), me.email()).stream()
                .map(i -> new InvitationExport(i.programId(), access.reachedThrough(i.programId()).name(),
                        i.email(), i.displayName(), i.role().slug(), i.source().name().toLowerCase(Locale.ROOT),
                        ProgramJson.map(i.details()), i.invitedAt(), i.acceptedAt()))
                .toList();
        return Map.of("programs", Map.of("invitations", invited));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        invitations.addressedTo(deleted.id(), deleted.email()).forEach(invitations::delete);
        for (Invitation invitation : invitations.list("invitedBy", deleted.id())) {
            String program = access.reachedThrough(invitation.programId()).name();
            // The key and the fallback inviter name InvitationService.inviteAll uses.
            outbox.rewriteOrForget("invitation:" + invitation.id(),
                    locale -> mails.invitation(locale, program, "MentorHub", invitation.token()));
        }
    }
}
