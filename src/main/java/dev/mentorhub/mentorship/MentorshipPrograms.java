package dev.mentorhub.mentorship;

import java.util.Optional;
import java.util.UUID;

/**
 * What requests and mentorships need to know about a program, answered by the program feature (which builds on this
 * one, so it cannot be asked directly): whether two members may pair in it, and its terms.
 */
public interface MentorshipPrograms {

    /** A program's check-in cadence and relationship length, as its admin set them. */
    record Terms(int checkInDays, int relationshipMonths) {
    }

    /** The program's terms when both members are active members of it; empty for anyone else or no such program. */
    Optional<Terms> termsFor(UUID programId, UUID memberA, UUID memberB);

    /** The program's terms, whoever asks (a mentorship already belongs to it); empty when it is gone. */
    Optional<Terms> termsOf(UUID programId);
}
