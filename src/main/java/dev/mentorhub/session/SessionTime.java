package dev.mentorhub.session;

import java.time.Instant;
import java.time.ZoneId;

/** When a session is: from {@code start} to {@code end} (exclusive), agreed in {@code zone}. */
record SessionTime(Instant start, Instant end, ZoneId zone) {
}
