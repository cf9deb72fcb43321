package dev.mentorhub.mentorship;

public enum MentorshipStatus {
    ACTIVE, ENDED
}
