package dev.mentorhub.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A session as one of its two members sees it: when (UTC instants and the zone it was agreed in), where, what about,
 * who proposed it, its state and how many times it changed ({@code sequence}).
 */
public record SessionDto(UUID id, UUID mentorshipId, String status, Instant start, Instant end, String timeZone,
        String location, String agenda, boolean proposedByMe, UUID partnerId, String partnerName, int sequence,
        String reason) {

    static SessionDto of(MentoringSession s, UUID viewerId, UUID partnerId, String partnerName) {
        return new SessionDto(s.id(), s.mentorshipId(), s.status().slug(), s.startsAt(), s.endsAt(), s.zone().getId(),
                s.location(), s.agenda(), s.proposedBy().equals(viewerId), partnerId, partnerName, s.sequence(),
                s.reason());
    }
}
