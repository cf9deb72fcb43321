package dev.mentorhub.profile;

import java.time.Instant;
import java.util.UUID;

/** Everything MentorHub stores about one member; later features add their sections here. */
public record DataExport(Instant exportedAt, Account account, ProfileDto profile) {

    public record Account(UUID id, String subject, String username, String displayName, String email,
            Instant memberSince, Instant lastSeenAt) {
    }
}
