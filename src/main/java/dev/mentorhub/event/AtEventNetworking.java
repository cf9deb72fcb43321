package dev.mentorhub.event;

import java.util.List;
import java.util.UUID;

/**
 * The seam for networking rounds at an event: the organizer pairs the checked-in attendees for short chats. The
 * pairing engine (general weighted matching over one pairing history, skip and "never pair me with") belongs to the
 * cohort-matching issue and is not built yet; it implements this interface as a bean, and the check-in page offers
 * rounds once one exists. {@link CheckIns#checkedIn} gives the participants.
 */
public interface AtEventNetworking {

    /** Someone checked in at the door, who may be paired. */
    record Participant(UUID memberId, String name) {
    }

    /** Starts a round among {@code participants} of {@code eventId}; they are told their partners. */
    void startRound(UUID eventId, List<Participant> participants);
}
