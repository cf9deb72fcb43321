package dev.mentorhub.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The invites and the feed, parsed back with ical4j and checked field by field. */
class SessionCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BO = UUID.randomUUID();
    private static final SessionCalendar.Person ANA_P = new SessionCalendar.Person("Ana", "ana@example.org");
    private static final SessionCalendar.Person BO_P = new SessionCalendar.Person("Bo", "bo@example.org");

    private static SessionTime berlin(String local, int minutes) {
        Instant start = LocalDateTime.parse(local).atZone(BERLIN).toInstant();
        return new SessionTime(start, start.plusSeconds(60L * minutes), BERLIN);
    }

    private static SessionCalendar.Entry entry(MentoringSession s) {
        return new SessionCalendar.Entry(s, s.proposedBy().equals(ANA) ? ANA_P : BO_P,
                s.proposedBy().equals(ANA) ? BO_P : ANA_P, "Mentoring session: Ana and Bo",
                URI.create("https://mentorhub.example/sessions#session-" + s.id()));
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        return calendar;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static List<String> attendees(VEvent event) {
        List<Property> attendees = event.getProperties("ATTENDEE");
        return attendees.stream().map(p -> p.getValue() + " "
                + p.getParameter("PARTSTAT").map(Parameter::getValue).orElse("")).toList();
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void shouldInviteWithAStableUidAGrowingSequenceAndCancelAtTheEnd() throws Exception {
        MentoringSession s = MentoringSession.propose(UUID.randomUUID(), ANA, berlin("2027-01-12T18:00", 60),
                "https://meet.example.org/x", "Goals", NOW);

        Calendar proposed = parse(SessionCalendar.invite(entry(s), NOW));
        assertThat(proposed.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
        VEvent first = event(proposed);
        String uid = value(first, "UID");
        assertThat(uid).isEqualTo(s.id() + "@mentorhub");
        assertThat(value(first, "SEQUENCE")).isEqualTo("0");
        // 18:00 in Berlin in January (UTC+1) is 17:00 UTC.
        assertThat(value(first, "DTSTART")).isEqualTo("20270112T170000Z");
        assertThat(value(first, "DTEND")).isEqualTo("20270112T180000Z");
        assertThat(value(first, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(value(first, "LOCATION")).isEqualTo("https://meet.example.org/x");
        assertThat(value(first, "URL")).isEqualTo("https://meet.example.org/x");
        assertThat(value(first, "ORGANIZER")).isEqualTo("mailto:ana@example.org");
        assertThat(value(first, "DTSTAMP")).isEqualTo("20261203T100000Z");
        assertThat(attendees(first))
                .containsExactlyInAnyOrder("mailto:ana@example.org ACCEPTED", "mailto:bo@example.org NEEDS-ACTION");
        List<VAlarm> alarms = first.getAlarms();
        assertThat(alarms).hasSize(1);
        assertThat(alarms.get(0).getProperty("TRIGGER").map(Property::getValue)).contains("-PT15M");

        s.accept(BO, NOW.plusSeconds(60));
        VEvent accepted = event(parse(SessionCalendar.invite(entry(s), NOW.plusSeconds(60))));
        assertThat(value(accepted, "UID")).isEqualTo(uid);
        assertThat(value(accepted, "SEQUENCE")).isEqualTo("1");
        assertThat(value(accepted, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(attendees(accepted))
                .containsExactlyInAnyOrder("mailto:ana@example.org ACCEPTED", "mailto:bo@example.org ACCEPTED");

        // Moved into summer time: 18:00 in Berlin in June (UTC+2) is 16:00 UTC.
        s.reschedule(BO, berlin("2027-06-15T18:00", 45), "Café Lumen, Berlin", null, NOW.plusSeconds(120));
        VEvent moved = event(parse(SessionCalendar.invite(entry(s), NOW.plusSeconds(120))));
        assertThat(value(moved, "UID")).isEqualTo(uid);
        assertThat(value(moved, "SEQUENCE")).isEqualTo("2");
        assertThat(value(moved, "DTSTART")).isEqualTo("20270615T160000Z");
        assertThat(value(moved, "DTEND")).isEqualTo("20270615T164500Z");
        assertThat(value(moved, "ORGANIZER")).isEqualTo("mailto:bo@example.org");
        assertThat(value(moved, "LOCATION")).isEqualTo("Café Lumen, Berlin");
        assertThat(value(moved, "URL")).startsWith("https://mentorhub.example/sessions#session-");

        s.cancel("Ill", NOW.plusSeconds(180));
        Calendar cancelled = parse(SessionCalendar.invite(entry(s), NOW.plusSeconds(180)));
        assertThat(cancelled.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
        VEvent gone = event(cancelled);
        assertThat(value(gone, "UID")).isEqualTo(uid);
        assertThat(value(gone, "SEQUENCE")).isEqualTo("3");
        assertThat(value(gone, "STATUS")).isEqualTo("CANCELLED");
        assertThat(gone.getAlarms()).isEmpty();
    }

    @Test
    void shouldPublishAFeedOfSeveralSessions() throws Exception {
        MentoringSession a = MentoringSession.propose(UUID.randomUUID(), ANA, berlin("2027-01-12T18:00", 60), null,
                null, NOW);
        MentoringSession b = MentoringSession.propose(UUID.randomUUID(), BO, berlin("2027-01-19T18:00", 30), null,
                "Review", NOW);
        Calendar feed = parse(SessionCalendar.feed(List.of(entry(a), entry(b)), NOW));
        assertThat(feed.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
        assertThat(feed.getProperty("PRODID").map(Property::getValue)).contains(SessionCalendar.PRODUCT);
        List<VEvent> events = feed.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, "UID"))
                .containsExactly(a.id() + "@mentorhub", b.id() + "@mentorhub");
        assertThat(value(events.get(1), "DESCRIPTION")).startsWith("Review");
    }
}
