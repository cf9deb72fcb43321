package dev.mentorhub.event.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Recur;

/**
 * The rules of recurring event series as RFC 5545 RRULE values ({@code FREQ=WEEKLY;BYDAY=TH}), written for the
 * three frequencies MentorHub offers and expanded with ical4j. Occurrences keep the local time of the first start in
 * its zone, so a series at 19:00 in Berlin stays at 19:00 across the DST changes. Invalid rules are rejected with an
 * {@link IllegalArgumentException}.
 */
public final class Recurrence {

    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** How often a series recurs. */
    public enum Frequency {
        WEEKLY("weekly"), BIWEEKLY("every-two-weeks"), MONTHLY("monthly");

        private final String slug;

        Frequency(String slug) {
            this.slug = slug;
        }

        /** The frequency's name in forms and URLs. */
        public String slug() {
            return slug;
        }

        /** The frequency with that slug, or null when there is none. */
        public static Frequency fromSlug(String slug) {
            return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst().orElse(null);
        }
    }

    private Recurrence() {
    }

    /**
     * The rule of a series starting at {@code firstStart}: on its weekday every week or every two weeks, or monthly on
     * the same n-th weekday ({@code BYDAY=3TH}); a start on the 29th or later (a fifth weekday, which not every month
     * has) recurs on the last one ({@code BYDAY=-1TH}).
     */
    public static String rule(Frequency frequency, LocalDateTime firstStart) {
        Objects.requireNonNull(frequency, "frequency");
        String day = firstStart.getDayOfWeek().name().substring(0, 2);
        return switch (frequency) {
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
            case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
            case MONTHLY -> {
                int dayOfMonth = firstStart.getDayOfMonth();
                int ordinal = dayOfMonth > 28 ? -1 : (dayOfMonth - 1) / 7 + 1;
                yield "FREQ=MONTHLY;BYDAY=" + ordinal + day;
            }
        };
    }

    /**
     * The frequency of a rule as {@link #rule} writes it (with or without an UNTIL or COUNT), or null for any other
     * rule.
     */
    public static Frequency frequencyOf(String rule) {
        Recur<ZonedDateTime> recur = parse(rule);
        boolean onlyByDay = recur.getDayList().size() == 1 && Stream.of(recur.getSecondList(), recur.getMinuteList(),
                recur.getHourList(), recur.getMonthDayList(), recur.getYearDayList(), recur.getWeekNoList(),
                recur.getMonthList(), recur.getSetPosList()).allMatch(List::isEmpty);
        if (!onlyByDay) {
            return null;
        }
        int offset = recur.getDayList().get(0).getOffset();
        int interval = Math.max(recur.getInterval(), 1); // -1 when the rule has no INTERVAL
        return switch (recur.getFrequency()) {
            case WEEKLY -> offset != 0 ? null : interval == 1 ? Frequency.WEEKLY : interval == 2 ? Frequency.BIWEEKLY
                    : null;
            case MONTHLY -> interval == 1 && (offset == -1 || offset >= 1 && offset <= 4) ? Frequency.MONTHLY : null;
            default -> null;
        };
    }

    /**
     * The rule ending with the occurrence at {@code lastStartInclusive}: its UNTIL (in UTC) replaces any UNTIL or
     * COUNT.
     */
    public static String until(String rule, ZonedDateTime lastStartInclusive) {
        parse(rule);
        // UNTIL is inclusive and has whole seconds: round up, so that a start with a fraction of a second stays in.
        Instant last = lastStartInclusive.toInstant();
        Instant until = last.truncatedTo(ChronoUnit.SECONDS);
        if (until.isBefore(last)) {
            until = until.plusSeconds(1);
        }
        String rest = Arrays.stream(rule.split(";"))
                .filter(part -> !part.isEmpty() && !part.startsWith("UNTIL=") && !part.startsWith("COUNT="))
                .collect(Collectors.joining(";"));
        String bounded = rest + ";UNTIL=" + UTC_DATE_TIME.format(until);
        parse(bounded);
        return bounded;
    }

    /** The rule's UNTIL, if it has one (written by {@link #until}: UTC). */
    public static Optional<Instant> untilOf(String rule) {
        parse(rule);
        return Arrays.stream(rule.split(";")).filter(part -> part.startsWith("UNTIL="))
                .map(part -> Instant.from(UTC_DATE_TIME.parse(part.substring("UNTIL=".length())))).findFirst();
    }

    /**
     * The rule ending just before {@code occurrence} (one second earlier), for "this and following" edits: the old
     * series stops there and a new one takes over. Ending before the first start leaves only the first start (which
     * RFC 5545 always counts), so such an edit replaces the whole series instead.
     */
    public static String endingBefore(String rule, ZonedDateTime occurrence) {
        return until(rule, occurrence.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
    }

    /**
     * The starts of the series' occurrences with {@code from <= start < to}, in order and at most {@code max}, in the
     * zone and at the local time of {@code firstStart}, which counts as the first occurrence.
     */
    public static List<ZonedDateTime> between(String rule, ZonedDateTime firstStart, Instant from, Instant to,
            int max) {
        Recur<ZonedDateTime> recur = parse(rule);
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        if (max == 0 || !from.isBefore(to)) {
            return List.of();
        }
        // ical4j takes the period as zoned times (not instants) and includes both of its ends; a negative count means
        // no limit, and the stream is lazy, so an open-ended rule costs only what is taken from it.
        List<ZonedDateTime> starts = new ArrayList<>(recur
                .getDatesAsStream(firstStart, from.atZone(firstStart.getZone()), to.atZone(firstStart.getZone()), -1)
                .filter(start -> start.toInstant().isBefore(to))
                .limit(max)
                .toList());
        // ical4j leaves out a first start that does not match the rule; RFC 5545 counts it all the same.
        boolean firstInRange = !firstStart.toInstant().isBefore(from) && firstStart.toInstant().isBefore(to);
        if (firstInRange && (starts.isEmpty() || !starts.get(0).isEqual(firstStart))) {
            starts.add(0, firstStart);
            if (starts.size() > max) {
                starts.remove(starts.size() - 1);
            }
        }
        return List.copyOf(starts);
    }

    /**
     * The rule parsed by ical4j, with the checks ical4j leaves out: no COUNT together with UNTIL, an UNTIL in UTC
     * (series start at zoned times; a date-only UNTIL would fail only once expanded), no INTERVAL=0.
     */
    static Recur<ZonedDateTime> parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("No recurrence rule");
        }
        Recur<ZonedDateTime> recur;
        try {
            recur = new Recur<>(rule);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid recurrence rule: " + rule, e);
        }
        // ical4j parses UNTIL into an OffsetDateTime (or a LocalDate) whatever the Recur's type: read it as an Object.
        Object until = recur.getUntil();
        if (until != null && recur.getCount() >= 0) {
            throw new IllegalArgumentException("A recurrence rule has UNTIL or COUNT, not both: " + rule);
        }
        if (until != null && !(until instanceof OffsetDateTime offset && offset.getOffset().equals(ZoneOffset.UTC))) {
            throw new IllegalArgumentException("UNTIL must be a UTC date-time (…T235959Z): " + rule);
        }
        if (recur.getInterval() == 0) {
            throw new IllegalArgumentException("INTERVAL must be at least 1: " + rule);
        }
        return recur;
    }
}
