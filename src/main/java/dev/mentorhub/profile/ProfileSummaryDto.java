package dev.mentorhub.profile;

import java.util.UUID;

/** A member's card: enough to show a name with a link (request lists, blocked members, mentions). */
public record ProfileSummaryDto(UUID id, String displayName, String headline, boolean mentor, boolean mentee) {
}
