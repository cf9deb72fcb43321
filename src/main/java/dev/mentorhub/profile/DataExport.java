package dev.mentorhub.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Everything MentorHub stores about one member: the account, the profile, and each feature's sections
 * ({@link dev.mentorhub.member.PersonalData}: requests, mentorships, notifications, mails, programs, blocks), which
 * appear as top-level fields of the JSON next to {@code account} and {@code profile}.
 */
public record DataExport(Instant exportedAt, Account account, ProfileDto profile,
        @JsonIgnore Map<String, Object> sections) {

    public record Account(UUID id, String subject, String username, String displayName, String email,
            Instant memberSince, Instant lastSeenAt) {
    }

    @JsonAnyGetter
    Map<String, Object> featureSections() {
        return sections;
    }
}
