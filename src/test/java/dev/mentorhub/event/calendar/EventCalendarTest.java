package dev.mentorhub.event.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Every output parsed back with ical4j, validated, and checked field by field. */
class EventCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-09-30T12:34:56Z");
    private static final UUID ID = UUID.fromString("6a1e3c52-9d0e-4c1b-8f7a-2b9c0d1e2f30");
    private static final URI PAGE = URI.create("https://mentorhub.example/events/" + ID);
    private static final Instant START = Instant.parse("2026-10-15T17:00:00Z");
    private static final LocalDateTime FIRST = LocalDateTime.parse("2026-10-15T19:00");

    private static EventCalendar.Entry entry(boolean cancelled) {
        return new EventCalendar.Entry(ID, "Career evening", "Talks and pizza", START,
                START.plus(Duration.ofHours(2)), "Room 4", PAGE, 3, cancelled, EDITED, "Ana Organizer",
                "ana@example.org");
    }

    private static EventCalendar.Series series(String rule) {
        return new EventCalendar.Series(ID, "Study group", "Every week", rule, FIRST, BERLIN, Duration.ofHours(2),
                "Library", PAGE, 1, EDITED, "Ana Organizer", "ana@example.org");
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        return calendar;
    }

    private static String method(Calendar calendar) {
        return calendar.getProperty("METHOD").map(Property::getValue).orElse(null);
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    private static VEvent onlyEvent(Calendar calendar) {
        assertThat(events(calendar)).hasSize(1);
        return events(calendar).get(0);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String param(Component component, String property, String parameter) {
        Property p = component.getProperty(property).orElse(null);
        return p == null ? null : p.<Parameter>getParameter(parameter).map(Parameter::getValue).orElse(null);
    }

    private static List<VAlarm> alarms(VEvent event) {
        return event.getComponents("VALARM");
    }

    @Test
    void shouldPublishASingleEventWithAllItsFields() throws Exception {
        Calendar calendar = parse(EventCalendar.single(entry(false), NOW));

        assertThat(method(calendar)).isEqualTo("PUBLISH");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, "UID")).isEqualTo(ID + "@mentorhub-event");
        assertThat(value(event, "SEQUENCE")).isEqualTo("3");
        assertThat(value(event, "DTSTAMP")).isEqualTo("20261001T080000Z");
        assertThat(value(event, "LAST-MODIFIED")).isEqualTo("20260930T123456Z");
        assertThat(value(event, "DTSTART")).isEqualTo("20261015T170000Z");
        assertThat(value(event, "DTEND")).isEqualTo("20261015T190000Z");
        assertThat(value(event, "SUMMARY")).isEqualTo("Career evening");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(event, "LOCATION")).isEqualTo("Room 4");
        assertThat(value(event, "URL")).isEqualTo(PAGE.toString());
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Talks and pizza\n\n" + PAGE);
        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:ana@example.org");
        assertThat(param(event, "ORGANIZER", "CN")).isEqualTo("Ana Organizer");
        assertThat(event.getProperties("ATTENDEE")).isEmpty();
        assertThat(alarms(event)).hasSize(1);
        VAlarm alarm = alarms(event).get(0);
        assertThat(value(alarm, "ACTION")).isEqualTo("DISPLAY");
        assertThat(value(alarm, "TRIGGER")).isEqualTo("-PT1H");
        assertThat(value(alarm, "DESCRIPTION")).isEqualTo("Career evening");
    }

    @Test
    void shouldLeaveOutWhatIsMissingAndNameAnOrganizerWithoutAddress() throws Exception {
        EventCalendar.Entry bare = new EventCalendar.Entry(ID, "Career evening", null, START,
                START.plus(Duration.ofHours(2)), null, PAGE, 0, false, EDITED, "Former member", null);

        VEvent event = onlyEvent(parse(EventCalendar.single(bare, NOW)));

        assertThat(event.getProperty("LOCATION")).isEmpty();
        assertThat(value(event, "DESCRIPTION")).isEqualTo(PAGE.toString());
        assertThat(value(event, "ORGANIZER")).isEqualTo("urn:mentorhub:no-address");
        assertThat(param(event, "ORGANIZER", "CN")).isEqualTo("Former member");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
    }

    @Test
    void shouldMarkACancelledEventWithoutAnAlarm() throws Exception {
        VEvent event = onlyEvent(parse(EventCalendar.single(entry(true), NOW)));

        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(alarms(event)).isEmpty();
        assertThat(value(event, "UID")).isEqualTo(ID + "@mentorhub-event");
    }

    @Test
    void shouldInviteAnAttendeeAndCancelWithTheSameUid() throws Exception {
        Calendar request = parse(EventCalendar.invite(entry(false), "Bo Member", "bo@example.org", NOW));

        assertThat(method(request)).isEqualTo("REQUEST");
        VEvent event = onlyEvent(request);
        assertThat(event.getProperties("ATTENDEE")).hasSize(1);
        assertThat(value(event, "ATTENDEE")).isEqualTo("mailto:bo@example.org");
        assertThat(param(event, "ATTENDEE", "CN")).isEqualTo("Bo Member");
        assertThat(param(event, "ATTENDEE", "PARTSTAT")).isEqualTo("ACCEPTED");
        assertThat(param(event, "ATTENDEE", "ROLE")).isEqualTo("REQ-PARTICIPANT");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(alarms(event)).hasSize(1);

        Calendar cancel = parse(EventCalendar.invite(entry(true), "Bo Member", "bo@example.org", NOW));
        assertThat(method(cancel)).isEqualTo("CANCEL");
        VEvent cancelled = onlyEvent(cancel);
        assertThat(value(cancelled, "UID")).isEqualTo(value(event, "UID"));
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "ATTENDEE")).isEqualTo("mailto:bo@example.org");
        assertThat(alarms(cancelled)).isEmpty();
    }

    @Test
    void shouldRoundTripCommasSemicolonsNewlinesAndChinese() throws Exception {
        String summary = "Treffen, Berlin; 聚会：第二次";
        String description = "Agenda:\n1. 自我介绍, 每人两分钟;\n2. Q&A \\ discussion\n" + "很长的说明".repeat(40);
        String location = "Raum 4, 2. OG; 北京路 12号";
        EventCalendar.Entry entry = new EventCalendar.Entry(ID, summary, description, START,
                START.plus(Duration.ofHours(2)), location, PAGE, 0, false, EDITED, "Li, Wei; 李伟", "li@example.org");

        String ics = EventCalendar.invite(entry, "王, 小明", "xm@example.org", NOW);
        VEvent event = onlyEvent(parse(ics));

        assertThat(ics).contains("Treffen\\, Berlin\\;");
        assertThat(value(event, "SUMMARY")).isEqualTo(summary);
        assertThat(value(event, "DESCRIPTION")).isEqualTo(description + "\n\n" + PAGE);
        assertThat(value(event, "LOCATION")).isEqualTo(location);
        assertThat(param(event, "ORGANIZER", "CN")).isEqualTo("Li, Wei; 李伟");
        assertThat(param(event, "ATTENDEE", "CN")).isEqualTo("王, 小明");
        assertThat(value(alarms(event).get(0), "DESCRIPTION")).isEqualTo(summary);
    }

    @Test
    void shouldFeedEventsStampedWithTheFeedsTime() throws Exception {
        UUID other = UUID.randomUUID();
        VEvent first = EventCalendar.event(entry(false), EDITED);
        EventCalendar.Entry hackNight = new EventCalendar.Entry(other, "Hack night", null, START.plusSeconds(86400),
                START.plusSeconds(90000), null, PAGE, 0, true, EDITED, "Bo", "bo@example.org");
        VEvent second = EventCalendar.event(hackNight, EDITED);

        Calendar feed = parse(EventCalendar.feed("-//MentorHub//Member feed//EN", List.of(first, second), NOW));

        assertThat(method(feed)).isEqualTo("PUBLISH");
        assertThat(feed.getProperty("PRODID").map(Property::getValue)).contains("-//MentorHub//Member feed//EN");
        assertThat(events(feed)).extracting(e -> value(e, "UID"))
                .containsExactly(ID + "@mentorhub-event", other + "@mentorhub-event");
        assertThat(events(feed)).extracting(e -> value(e, "DTSTAMP"))
                .containsExactly("20261001T080000Z", "20261001T080000Z");
        assertThat(events(feed)).extracting(e -> value(e, "STATUS")).containsExactly("CONFIRMED", "CANCELLED");
        assertThat(alarms(events(feed).get(0))).hasSize(1);
        assertThat(alarms(events(feed).get(1))).isEmpty();
        // The caller's events are left as they were.
        assertThat(value(first, "DTSTAMP")).isEqualTo("20260930T123456Z");
    }

    @Test
    void shouldWriteAnEmptyFeedThatStillParses() throws Exception {
        String ics = EventCalendar.feed("-//MentorHub//Member feed//EN", List.of(), NOW);

        Calendar feed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(method(feed)).isEqualTo("PUBLISH");
        assertThat(feed.getComponents()).isEmpty();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("END:VCALENDAR");
    }

    @Test
    void shouldPublishASeriesWithItsZoneCancellationsAndChanges() throws Exception {
        UUID occurrenceId = UUID.randomUUID();
        LocalDateTime moved = FIRST.plusWeeks(2); // 2026-10-29, after the change to winter time
        Instant movedStart = LocalDateTime.parse("2026-10-29T20:00").atZone(BERLIN).toInstant();
        EventCalendar.Entry changed = new EventCalendar.Entry(occurrenceId, "Study group (longer)", null, movedStart,
                movedStart.plus(Duration.ofHours(3)), "Café", PAGE, 2, false, NOW, "Ana Organizer",
                "ana@example.org");
        List<LocalDateTime> cancelled = List.of(FIRST.plusWeeks(1), FIRST.plusWeeks(3));

        Calendar calendar = parse(EventCalendar.series(series("FREQ=WEEKLY;BYDAY=TH"), cancelled,
                List.of(new EventCalendar.Change(moved, changed)), NOW));

        assertThat(method(calendar)).isEqualTo("PUBLISH");
        List<CalendarComponent> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), "TZID")).isEqualTo("Europe/Berlin");

        List<VEvent> events = events(calendar);
        assertThat(events).hasSize(2);
        VEvent master = events.get(0);
        assertThat(value(master, "UID")).isEqualTo(ID + "@mentorhub-event");
        assertThat(value(master, "DTSTART")).isEqualTo("20261015T190000");
        assertThat(param(master, "DTSTART", "TZID")).isEqualTo("Europe/Berlin");
        assertThat(value(master, "DTEND")).isEqualTo("20261015T210000");
        assertThat(param(master, "DTEND", "TZID")).isEqualTo("Europe/Berlin");
        assertThat(value(master, "RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=TH");
        assertThat(value(master, "EXDATE")).isEqualTo("20261022T190000,20261105T190000");
        assertThat(param(master, "EXDATE", "TZID")).isEqualTo("Europe/Berlin");
        assertThat(value(master, "SEQUENCE")).isEqualTo("1");
        assertThat(value(master, "DESCRIPTION")).isEqualTo("Every week\n\n" + PAGE);
        assertThat(alarms(master)).hasSize(1);
        assertThat(master.getProperty("RECURRENCE-ID")).isEmpty();

        VEvent override = events.get(1);
        assertThat(value(override, "UID")).isEqualTo(value(master, "UID"));
        assertThat(value(override, "RECURRENCE-ID")).isEqualTo("20261029T190000");
        assertThat(param(override, "RECURRENCE-ID", "TZID")).isEqualTo("Europe/Berlin");
        assertThat(value(override, "DTSTART")).isEqualTo("20261029T190000Z");
        assertThat(value(override, "SUMMARY")).isEqualTo("Study group (longer)");
        assertThat(value(override, "SEQUENCE")).isEqualTo("2");
        assertThat(override.getProperty("RRULE")).isEmpty();

        // ical4j itself expands the parsed master without the cancelled starts, at 19:00 local before and after
        // the change to winter time.
        ZonedDateTime from = FIRST.atZone(BERLIN);
        Set<Period<ZonedDateTime>> occurrences = master.calculateRecurrenceSet(
                new Period<Temporal>(from, from.plusWeeks(4).plusDays(1)));
        assertThat(occurrences).extracting(p -> p.getStart().toInstant()).containsExactlyInAnyOrder(
                from.toInstant(), from.plusWeeks(2).toInstant(), from.plusWeeks(4).toInstant());
    }

    @Test
    void shouldLeaveOutExdateWithoutCancellationsAndCarryAnUntil() throws Exception {
        String rule = Recurrence.until("FREQ=MONTHLY;BYDAY=3TH", FIRST.plusMonths(3).atZone(BERLIN));

        Calendar calendar = parse(EventCalendar.series(series(rule), List.of(), List.of(), NOW));

        VEvent master = onlyEvent(calendar);
        assertThat(master.getProperty("EXDATE")).isEmpty();
        assertThat(value(master, "RRULE")).contains("FREQ=MONTHLY").contains("BYDAY=3TH")
                .contains("UNTIL=20270115T180000Z");
    }
}
