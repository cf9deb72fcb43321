package dev.mentorhub.session;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Sessions as iCalendar (RFC 5545), built with ical4j and validated by it: one session as an invite
 * ({@code METHOD:REQUEST}) or a cancellation ({@code METHOD:CANCEL}) for the mails, or a member's sessions as a feed
 * ({@code METHOD:PUBLISH}). Times are UTC; the UID is the session's for its whole life and SEQUENCE its change count,
 * so calendars update the one event in place. Plain Java: the caller supplies the people and the link.
 */
final class SessionCalendar {

    static final String PRODUCT = "-//MentorHub//Sessions//EN";
    private static final Duration ALARM_BEFORE = Duration.ofMinutes(15);

    /** Someone in a session: a name, and an address calendars can reply to (null when unknown). */
    record Person(String name, String email) {
    }

    /** One session with its two people ({@code organizer} proposed it) and the page about it. */
    record Entry(MentoringSession session, Person organizer, Person other, String summary, URI page) {
    }

    private SessionCalendar() {
    }

    /** A REQUEST for a proposed, confirmed or moved session, a CANCEL for a declined or cancelled one. */
    static String invite(Entry entry, Instant now) {
        boolean cancelled = !entry.session().status().holdsTime() && entry.session().status() != SessionStatus.HELD
                && entry.session().status() != SessionStatus.MISSED;
        return write(List.of(entry), cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST, now);
    }

    /** A member's sessions for a subscription. */
    static String feed(List<Entry> entries, Instant now) {
        return feed(entries, List.of(), now);
    }

    /** A member's sessions and {@code more} (their events, from the other calendar sources) for a subscription. */
    static String feed(List<Entry> entries, List<VEvent> more, Instant now) {
        return write(entries, more, Method.VALUE_PUBLISH, now);
    }

    private static String write(List<Entry> entries, String method, Instant now) {
        return write(entries, List.of(), method, now);
    }

    private static String write(List<Entry> entries, List<VEvent> more, String method, Instant now) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new Method(method)).getFluentTarget();
        boolean withAttendees = !method.equals(Method.VALUE_PUBLISH);
        for (Entry entry : entries) {
            calendar.add(event(entry, now, withAttendees));
        }
        more.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            // An empty feed is the one exception RFC 5545 does not foresee (a VCALENDAR needs a component); calendar
            // apps take it as "no events", which is what it means.
            ValidationResult result = entries.isEmpty() && more.isEmpty() ? ValidationResult.EMPTY
                    : calendar.validate();
            if (result.hasErrors()) {
                throw new IllegalStateException("Invalid iCalendar: " + result);
            }
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid iCalendar for " + entries.size() + " session(s)", e);
        }
        return out.toString();
    }

    /** A published event (the feed) names no attendees (RFC 5546, PUBLISH); invites name both. */
    private static VEvent event(Entry entry, Instant now, boolean withAttendees) {
        MentoringSession s = entry.session();
        VEvent event = new VEvent(s.startsAt(), s.endsAt(), entry.summary());
        event.add(new Uid(s.id() + "@mentorhub"));
        event.add(new Sequence(s.sequence()));
        event.replace(new DtStamp(now));
        event.add(new LastModified(s.updatedAt()));
        event.add(new Status(status(s.status())));
        if (s.location() != null) {
            event.add(new Location(s.location()));
        }
        event.add(new Url(isLink(s.location()) ? URI.create(s.location()) : entry.page()));
        event.add(new Description(description(s, entry.page())));
        event.add(new Organizer(new ParameterList(List.of(new Cn(entry.organizer().name()))),
                address(entry.organizer())));
        if (withAttendees) {
            event.add(attendee(entry.organizer(), PartStat.ACCEPTED));
            event.add(attendee(entry.other(), partStat(s.status())));
        }
        if (s.status().holdsTime()) {
            VAlarm alarm = new VAlarm(ALARM_BEFORE.negated());
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(entry.summary()));
            event.add(alarm);
        }
        return event;
    }

    private static Attendee attendee(Person person, PartStat stat) {
        List<Parameter> params = new ArrayList<>(List.of(Role.REQ_PARTICIPANT, stat, new Cn(person.name())));
        return new Attendee(new ParameterList(params), address(person));
    }

    /** The person's mail address; someone without one (a deleted account) is named but cannot be written to. */
    private static URI address(Person person) {
        return person.email() == null ? URI.create("urn:mentorhub:no-address") : URI.create("mailto:" + person.email());
    }

    private static String status(SessionStatus status) {
        return switch (status) {
            case PROPOSED -> Status.VALUE_TENTATIVE;
            case CONFIRMED, HELD, MISSED -> Status.VALUE_CONFIRMED;
            case DECLINED, CANCELLED -> Status.VALUE_CANCELLED;
        };
    }

    private static PartStat partStat(SessionStatus status) {
        return switch (status) {
            case PROPOSED -> PartStat.NEEDS_ACTION;
            case DECLINED -> PartStat.DECLINED;
            default -> PartStat.ACCEPTED;
        };
    }

    private static String description(MentoringSession s, URI page) {
        return (s.agenda() == null ? "" : s.agenda() + "\n\n") + page;
    }

    private static boolean isLink(String location) {
        return location != null && (location.startsWith("https://") || location.startsWith("http://"));
    }
}
