package dev.mentorhub.program.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One of a program's mentorships as its admins see it: who, dates, counts and status; never goals, notes, milestone
 * titles, feedback or the end reason, which stay with the pair.
 */
public record ProgramMentorship(UUID id, UUID mentorId, String mentorName, UUID menteeId, String menteeName,
        String status, String outcome, Instant startedAt, LocalDate plannedEnd, Instant endedAt, Integer cadenceWeeks,
        int sessionsHeld, Instant lastSessionAt, Instant nextSessionAt, int milestonesDone, int milestonesTotal) {
}
