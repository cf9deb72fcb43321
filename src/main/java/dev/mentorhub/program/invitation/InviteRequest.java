package dev.mentorhub.program.invitation;

import java.util.List;

/** Invite people by email; role is mentee, mentor or both (default mentee). */
public record InviteRequest(List<String> emails, String role) {
}
