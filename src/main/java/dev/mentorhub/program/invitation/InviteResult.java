package dev.mentorhub.program.invitation;

import java.util.List;

/** What inviting did: who got a new invitation, and who was skipped because they already had one. */
public record InviteResult(List<String> invited, List<String> alreadyInvited) {
}
