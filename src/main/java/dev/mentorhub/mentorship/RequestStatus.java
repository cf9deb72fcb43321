package dev.mentorhub.mentorship;

public enum RequestStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
}
