package dev.mentorhub.matching.engine;

/** Mentoring formats; mirrors the profile's MentoringFormat, mapped by the Quarkus side. */
public enum Format {
    VIDEO, IN_PERSON, CHAT;

    boolean remote() {
        return this != IN_PERSON;
    }
}
