package dev.mentorhub.mentorship.workspace;

/** POST /api/v1/mentorships/{id}/milestones: what to achieve, at most 200 characters. */
public record NewMilestone(String title) {
}
