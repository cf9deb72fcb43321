package dev.mentorhub.event;

import dev.mentorhub.common.calendar.CalendarSource;
import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.event.calendar.EventCalendar;
import dev.mentorhub.member.Member;
import dev.mentorhub.profile.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Events in calendars: one event to download (with its venue and link only for those who may see them), the invite
 * that goes with a mail to an attendee, and the events a member is going to in their calendar subscription.
 */
@ApplicationScoped
public class EventCalendars implements CalendarSource {

    private final EventRepository events;
    private final EventAccess access;
    private final Rsvps rsvps;
    private final ProfileService profiles;
    private final MentorHubConfig config;
    private final EntityManager em;

    EventCalendars(EventRepository events, EventAccess access, Rsvps rsvps, ProfileService profiles,
            MentorHubConfig config, EntityManager em) {
        this.events = events;
        this.access = access;
        this.rsvps = rsvps;
        this.profiles = profiles;
        this.config = config;
        this.em = em;
    }

    /** One event I may see, as a calendar file; the place only if I am going or run it. */
    @Transactional
    public String single(Caller caller, UUID id) {
        Event event = access.visible(caller, events.findByIdOptional(id).orElse(null));
        EventRsvp mine = rsvps.mine(caller, id);
        boolean revealed = access.organizes(caller, event) || mine != null && mine.status() == RsvpStatus.GOING;
        return EventCalendar.single(entry(event, revealed), event.updatedAt());
    }

    /** The invite (or cancellation) for one attendee's mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    String invite(Event event, Member attendee, Instant now) {
        return EventCalendar.invite(entry(event, true), profiles.nameOf(attendee.id()), attendee.email(), now);
    }

    /** The events the member is going to (and the cancelled ones they were going to, so calendars drop them). */
    @Override
    @Transactional
    public Entries forMember(UUID memberId, Instant since) {
        List<Event> going = em.createQuery("""
                select e from Event e where e.endsAt > :since and e.status <> :draft and e.id in (
                    select r.key.eventId from EventRsvp r where r.key.memberId = :member and r.status = :going)
                order by e.startsAt
                """, Event.class).setParameter("since", since).setParameter("draft", EventStatus.DRAFT)
                .setParameter("member", memberId).setParameter("going", RsvpStatus.GOING).getResultList();
        if (going.isEmpty()) {
            return Entries.NONE;
        }
        Instant last = going.stream().map(Event::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
        return new Entries(going.stream().map(e -> EventCalendar.event(entry(e, true), e.updatedAt())).toList(),
                last);
    }

    /**
     * A series' public calendar, for calendar apps (no sign-in): only for series open to all members, and only what
     * the event pages show everyone (the city, not the venue or link). Cancelled and unpublished occurrences are
     * left out (EXDATE); occurrences moved or changed on their own are written as such (RECURRENCE-ID).
     */
    @Transactional
    public Optional<String> seriesFeed(UUID seriesId) {
        EventSeries s = seriesId == null ? null : em.find(EventSeries.class, seriesId);
        if (s == null || s.programId() != null) {
            return Optional.empty();
        }
        List<Event> all = events.list("seriesId = ?1 order by occurrenceStart", seriesId);
        Event template = EventSeriesService.template(all);
        if (template == null || template.status() == EventStatus.DRAFT) {
            return Optional.empty();
        }
        ZoneId zone = s.zone();
        List<LocalDateTime> left = all.stream().filter(e -> e.status() != EventStatus.PUBLISHED)
                .map(e -> e.occurrenceStart().atZone(zone).toLocalDateTime()).toList();
        List<EventCalendar.Change> changes = all.stream()
                .filter(e -> e.status() == EventStatus.PUBLISHED
                        && (e.detached() || !e.startsAt().equals(e.occurrenceStart())))
                .map(e -> new EventCalendar.Change(e.occurrenceStart().atZone(zone).toLocalDateTime(),
                        entry(e, false)))
                .toList();
        Instant last = all.stream().map(Event::updatedAt).reduce(s.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
        EventCalendar.Series series = new EventCalendar.Series(s.id(), template.title(), template.description(),
                s.rule(), s.firstLocalStart().toLocalDateTime(), zone, s.length(), template.city(),
                URI.create(config.outbox().linkBaseUrl() + EventLinks.page(template.id())), s.sequence(), last,
                profiles.nameOf(s.organizerId()), null);
        return Optional.of(EventCalendar.series(series, left, changes, last));
    }

    /** The organizer is named but their address is not given out: anyone who may see an event may download it. */
    private EventCalendar.Entry entry(Event e, boolean revealed) {
        URI page = URI.create(config.outbox().linkBaseUrl() + EventLinks.page(e.id()));
        String location = revealed ? Stream.of(e.venue(), e.address(), e.onlineLink())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", ")) : e.city();
        return new EventCalendar.Entry(e.id(), e.title(), e.description(), e.startsAt(), e.endsAt(),
                location == null || location.isBlank() ? null : location, page, e.sequence(),
                e.status() == EventStatus.CANCELLED, e.updatedAt(), profiles.nameOf(e.organizerId()), null);
    }
}
