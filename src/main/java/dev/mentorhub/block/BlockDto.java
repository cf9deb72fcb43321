package dev.mentorhub.block;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A member I blocked: their id, their name (profile name, else account name) and since when. */
public record BlockDto(UUID memberId, String displayName, Instant blockedAt) {

    /** The day of the block (UTC), for pages. */
    public String blockedOn() {
        return LocalDate.ofInstant(blockedAt, ZoneOffset.UTC).toString();
    }
}
