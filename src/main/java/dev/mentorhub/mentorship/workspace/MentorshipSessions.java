package dev.mentorhub.mentorship.workspace;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the workspace shows of a mentorship's sessions, answered by the session feature (which depends on mentorships,
 * not the other way round).
 */
public interface MentorshipSessions {

    /** The next proposed or confirmed session after {@code now} (null when none) and how many were held. */
    record Summary(Instant next, int held) {
        public static final Summary NONE = new Summary(null, 0);
    }

    /** A summary per mentorship; mentorships without any session may be missing from the map. */
    Map<UUID, Summary> of(Collection<UUID> mentorshipIds, Instant now);
}
