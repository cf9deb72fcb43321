package dev.mentorhub.session;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time is taken (409): the caller, or the other member, already has a proposed or confirmed session that
 * overlaps it. The message names that session's time in the caller's zone.
 */
public class SessionConflictException extends DomainException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final boolean mine;
    private final ZonedDateTime start;
    private final ZonedDateTime end;

    SessionConflictException(boolean mine, Instant start, Instant end, ZoneId callerZone) {
        super(409, (mine ? "You already have" : "The other member already has") + " a session from "
                + WHEN.format(start.atZone(callerZone)) + " to " + UNTIL.format(end.atZone(callerZone)) + " ("
                + callerZone.getId() + ") that overlaps this time.");
        this.mine = mine;
        this.start = start.atZone(callerZone);
        this.end = end.atZone(callerZone);
    }

    @Override
    public String text(Locale locale) {
        String from = DateTimeFormatter.ofPattern(locale.getLanguage().equals("zh") ? "yyyy年M月d日 EEE HH:mm"
                : "EEE d MMM yyyy HH:mm", locale).format(start);
        String zone = start.getZone().getId();
        SessionMessages m = Bundles.of(SessionMessages.class, locale);
        return mine ? m.conflict_mine(from, UNTIL.format(end), zone) : m.conflict_theirs(from, UNTIL.format(end), zone);
    }

    @Override
    public String type() {
        return "session-conflict";
    }
}
