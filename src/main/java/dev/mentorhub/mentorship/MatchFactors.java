package dev.mentorhub.mentorship;

import java.util.Map;
import java.util.UUID;

/**
 * Each match factor's points (in tenths) for a mentor and mentee at the moment their request is accepted, with the
 * program's weights when it was sent in a program; answered by the matching feature. Kept on the mentorship so that a
 * program can later see which factors went with good ratings. Empty when the pair cannot be scored (a profile the
 * matching index does not hold, or a pair a hard filter rules out).
 */
public interface MatchFactors {

    Map<String, Integer> pointsAtAccept(UUID mentorId, UUID menteeId, UUID programId);
}
