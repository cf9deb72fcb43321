package dev.mentorhub.matching.engine;

public enum Role {
    MENTOR, MENTEE
}
