package dev.mentorhub.event.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Events as iCalendar (RFC 5545), built with ical4j and validated by it: one event for download ({@code PUBLISH}), an
 * invite or cancellation for an attendee's mail ({@code REQUEST}/{@code CANCEL}), a feed of events, and a recurring
 * series as one master event with its RRULE, cancelled dates (EXDATE) and changed occurrences (RECURRENCE-ID). The UID
 * is the event's (or the series') for its whole life and SEQUENCE its change count, so calendars update in place.
 * Plain Java: the caller supplies the people, the links and the clock.
 */
public final class EventCalendar {

    /** The PRODID of single events, invites and series. */
    public static final String PRODUCT = "-//MentorHub//Events//EN";
    private static final Duration ALARM_BEFORE = Duration.ofHours(1);
    private static final URI NO_ADDRESS = URI.create("urn:mentorhub:no-address");

    /**
     * One event (or one occurrence of a series); {@code description}, {@code location} and {@code organizerEmail} may
     * be null.
     */
    public record Entry(UUID id, String summary, String description, Instant start, Instant end, String location,
            URI url, int sequence, boolean cancelled, Instant lastModified, String organizerName,
            String organizerEmail) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(organizerName, "organizerName");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("An event ends after it starts: " + start + " – " + end);
            }
        }
    }

    /**
     * A recurring series: {@code rule} is an RRULE value (see {@link Recurrence}), {@code firstStart} a local time in
     * {@code zone}, and every occurrence lasts {@code length}.
     */
    public record Series(UUID id, String summary, String description, String rule, LocalDateTime firstStart,
            ZoneId zone, Duration length, String location, URI url, int sequence, Instant lastModified,
            String organizerName, String organizerEmail) {

        public Series {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(firstStart, "firstStart");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(organizerName, "organizerName");
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("A series' occurrences last a while: " + length);
            }
            Recurrence.parse(rule);
        }
    }

    /** A changed occurrence of a series: its original local start (its RECURRENCE-ID) and how it is now. */
    public record Change(LocalDateTime originalStart, Entry entry) {

        public Change {
            Objects.requireNonNull(originalStart, "originalStart");
            Objects.requireNonNull(entry, "entry");
        }
    }

    private EventCalendar() {
    }

    /** One event to download or open ({@code METHOD:PUBLISH}). */
    public static String single(Entry entry, Instant now) {
        return write(PRODUCT, Method.VALUE_PUBLISH, List.of(event(entry, now)));
    }

    /**
     * The event alone, for a feed that mixes it with other components: times in UTC, a display alarm an hour before
     * unless it is cancelled.
     */
    public static VEvent event(Entry entry, Instant now) {
        return event(entry, entry.start(), entry.end(), now);
    }

    /** The invite of one attendee ({@code METHOD:REQUEST}), or its cancellation ({@code METHOD:CANCEL}). */
    public static String invite(Entry entry, String attendeeName, String attendeeEmail, Instant now) {
        VEvent event = event(entry, now);
        ParameterList params = new ParameterList(List.of(Role.REQ_PARTICIPANT, PartStat.ACCEPTED,
                new Cn(attendeeName)));
        event.add(new Attendee(params, address(attendeeEmail)));
        return write(PRODUCT, entry.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST, List.of(event));
    }

    /**
     * A subscription feed ({@code METHOD:PUBLISH}) of the given events under the given PRODID; each is copied with
     * DTSTAMP {@code now}, the feed's time of creation. No events give an empty but parseable VCALENDAR.
     */
    public static String feed(String product, List<VEvent> events, Instant now) {
        List<CalendarComponent> stamped = new ArrayList<>();
        for (VEvent event : events) {
            VEvent copy = event.copy();
            copy.replace(new DtStamp(now));
            stamped.add(copy);
        }
        return write(product, Method.VALUE_PUBLISH, stamped);
    }

    /**
     * An organizer's public feed of a series ({@code METHOD:PUBLISH}): the zone's VTIMEZONE, one master event at the
     * local first start (TZID) with the RRULE and an EXDATE per cancelled start, and per changed occurrence an event
     * with the series' UID and a RECURRENCE-ID of its original local start.
     */
    public static String series(Series series, List<LocalDateTime> cancelledStarts, List<Change> changes,
            Instant now) {
        ZoneId zone = series.zone();
        TimeZone timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException("No VTIMEZONE for " + zone);
        }
        ZonedDateTime start = series.firstStart().atZone(zone);
        ZonedDateTime end = start.plus(series.length());
        Entry first = new Entry(series.id(), series.summary(), series.description(), start.toInstant(),
                end.toInstant(), series.location(), series.url(), series.sequence(), false, series.lastModified(),
                series.organizerName(), series.organizerEmail());
        VEvent master = event(first, start, end, now);
        master.add(new RRule<>(Recurrence.parse(series.rule())));
        if (!cancelledStarts.isEmpty()) {
            // ical4j writes the TZID of DTSTART and RECURRENCE-ID by itself, but not that of EXDATE: without it the
            // dates would be floating.
            DateList<ZonedDateTime> dates = new DateList<>(cancelledStarts.stream().map(t -> t.atZone(zone)).toList());
            master.add(new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))), dates));
        }
        List<CalendarComponent> components = new ArrayList<>(List.of(timeZone.getVTimeZone(), master));
        for (Change change : changes) {
            VEvent occurrence = event(change.entry(), now);
            occurrence.replace(uid(series.id()));
            occurrence.add(new RecurrenceId<>(change.originalStart().atZone(zone)));
            components.add(occurrence);
        }
        return write(PRODUCT, Method.VALUE_PUBLISH, components);
    }

    private static VEvent event(Entry entry, Temporal start, Temporal end, Instant now) {
        VEvent event = new VEvent(start, end, entry.summary());
        event.add(uid(entry.id()));
        event.add(new Sequence(entry.sequence()));
        event.replace(new DtStamp(now)); // the constructor stamps the machine's clock
        event.add(new LastModified(entry.lastModified()));
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        event.add(new Url(entry.url()));
        event.add(new Description(
                entry.description() == null ? entry.url().toString() : entry.description() + "\n\n" + entry.url()));
        event.add(new Organizer(new ParameterList(List.of(new Cn(entry.organizerName()))),
                address(entry.organizerEmail())));
        if (!entry.cancelled()) {
            VAlarm alarm = new VAlarm(ALARM_BEFORE.negated());
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(entry.summary()));
            event.add(alarm);
        }
        return event;
    }

    private static Uid uid(UUID id) {
        return new Uid(id + "@mentorhub-event");
    }

    /** A mail address; someone without one (a deleted account) is named but cannot be written to. */
    private static URI address(String email) {
        return email == null ? NO_ADDRESS : URI.create("mailto:" + email);
    }

    private static String write(String product, String method, List<CalendarComponent> components) {
        Calendar calendar = new Calendar().withProdId(product).withDefaults()
                .withProperty(new Method(method)).getFluentTarget();
        components.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            // RFC 5545 wants a component in every VCALENDAR; an empty feed means "no events" all the same.
            ValidationResult result = components.isEmpty() ? ValidationResult.EMPTY : calendar.validate();
            if (result.hasErrors()) {
                throw new IllegalStateException("Invalid iCalendar: " + result);
            }
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid iCalendar (" + method + ")", e);
        }
        return out.toString();
    }
}
