package dev.mentorhub.mentorship.workspace;

import dev.mentorhub.mentorship.RequestDto;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mentorship's workspace as its two members see it. {@code notes} is the Markdown source, {@code notesHtml} the same
 * rendered and sanitised; {@code version} goes back with an update, so an edit made meanwhile is not overwritten.
 */
public record WorkspaceDto(UUID id, RequestDto.Party mentor, RequestDto.Party mentee, String status,
        Instant startedAt, Instant endedAt, UUID programId, List<String> goals, Integer cadenceWeeks,
        Integer sessionMinutes, LocalDate plannedEnd, String notes, String notesHtml, Instant notesUpdatedAt,
        RequestDto.Party notesUpdatedBy, List<MilestoneDto> milestones, String outcome, RequestDto.Party endedBy,
        String endReason, Instant nextSession, int sessionsHeld, long version) {

    /** A checklist item: who added it and when; who ticked it and when, if it is done. */
    public record MilestoneDto(UUID id, String title, RequestDto.Party createdBy, Instant createdAt,
            RequestDto.Party doneBy, Instant doneAt) {

        public boolean done() {
            return doneAt != null;
        }

        public String createdByName() {
            return createdBy == null ? "" : createdBy.displayName();
        }

        public String doneByName() {
            return doneBy == null ? "" : doneBy.displayName();
        }
    }

    public long milestonesDone() {
        return milestones.stream().filter(MilestoneDto::done).count();
    }
}
