package dev.mentorhub.profile;

import java.util.UUID;

/**
 * Whether two members share a program they are both active in, which makes a profile with visibility "programs"
 * visible. Programs implement it: the profile feature must not depend on the program feature's tables or classes.
 */
public interface ProgramPeers {

    boolean shareAProgram(UUID a, UUID b);
}
