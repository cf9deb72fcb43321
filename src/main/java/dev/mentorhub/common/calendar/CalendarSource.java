package dev.mentorhub.common.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Something that puts entries into a member's calendar subscription besides their sessions (the events they are
 * going to). The feed asks every source and serves one calendar; its Last-Modified is the latest change of all.
 */
public interface CalendarSource {

    /** What a source adds to one member's feed. */
    record Entries(List<VEvent> events, Instant lastModified) {
        public static final Entries NONE = new Entries(List.of(), Instant.EPOCH);
    }

    /**
     * The member's entries that end after {@code since}. Each is stamped (DTSTAMP) with its own last change, so that
     * an unchanged feed stays byte for byte the same and answers 304.
     */
    Entries forMember(UUID memberId, Instant since);
}
