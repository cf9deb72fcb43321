package dev.mentorhub.program;

/** How a member came into a program. */
public enum JoinSource {
    INVITE, LINK, IMPORT, SELF
}
