package dev.mentorhub.mentorship;

/** A mentee asking a mentor, or two members who both teach and learn offering an exchange. */
public enum RequestKind {
    MENTORING, PEER
}
