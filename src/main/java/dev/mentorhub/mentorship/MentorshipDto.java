package dev.mentorhub.mentorship;

import java.time.Instant;
import java.util.UUID;

public record MentorshipDto(UUID id, RequestDto.Party mentor, RequestDto.Party mentee, UUID requestId, String status,
        Instant startedAt, Instant endedAt, UUID programId) {
}
