package dev.mentorhub.event;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.skill.SkillService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events: organizers create, edit, publish and cancel them; members find and read them. */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final EventAccess access;
    private final Rsvps rsvps;
    private final RsvpRepository rsvpRows;
    private final EventSearch search;
    private final SkillService skills;
    private final MemberRepository members;
    private final ProfileService profiles;
    private final EventNotices notices;
    private final EventSeriesService series;
    private final Clock clock;

    EventService(EventRepository events, EventAccess access, Rsvps rsvps, RsvpRepository rsvpRows,
            EventSearch search, SkillService skills, MemberRepository members, ProfileService profiles,
            EventNotices notices, EventSeriesService series, Clock clock) {
        this.series = series;
        this.events = events;
        this.access = access;
        this.rsvps = rsvps;
        this.rsvpRows = rsvpRows;
        this.search = search;
        this.skills = skills;
        this.members = members;
        this.profiles = profiles;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public EventDto create(Caller caller, EventRequest request) {
        access.requireMayCreate(caller, request == null ? null : request.programId());
        EventValidator.Checked checked = checkedWithReferences(request, true);
        Instant now = clock.instant();
        Event event = Event.draft(caller.memberId(), request.programId(), checked.details(), checked.time(), now);
        if (Boolean.TRUE.equals(request.publish())) {
            event.publish(now);
        }
        if (checked.repeat() != null) {
            series.start(event, checked.repeat(), checked.repeatUntil(), now);
        } else {
            events.persist(event);
        }
        return toDto(caller, event);
    }

    @Transactional
    public EventDto get(Caller caller, UUID id) {
        return toDto(caller, access.visible(caller, events.findByIdOptional(id).orElse(null)));
    }

    /** Upcoming (or past) events the caller may see, soonest first (past: latest first). */
    @Transactional
    public PageDto<EventDto> list(Caller caller, EventSearch.Filter filter, PageRequest page) {
        PageDto<Event> found = search.find(caller, filter, clock.instant(), page);
        // One query for my answers to the whole page, and each program's admin check once.
        Map<UUID, EventRsvp> mine = rsvpRows.mineAmong(caller.memberId(),
                found.items().stream().map(Event::id).toList());
        Map<UUID, Boolean> runsProgram = new HashMap<>();
        boolean platformAdmin = caller.platformAdmin();
        return found.map(e -> toDto(caller, e, mine.get(e.id()), platformAdmin || e.isOrganizer(caller.memberId())
                || e.programId() != null
                        && runsProgram.computeIfAbsent(e.programId(), p -> access.runsEventsOf(caller, p))));
    }

    /** New details and time for an event I run; attendees are told. Capacity never drops below those going. */
    @Transactional
    public EventDto edit(Caller caller, UUID id, EventRequest request) {
        Event event = rsvps.lockOrganized(caller, id);
        Instant now = clock.instant();
        if (!now.isBefore(event.endsAt())) {
            throw EventStateException.over();
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw EventStateException.cancelled();
        }
        EventValidator.Checked checked = checkedWithReferences(request, false);
        Integer capacity = checked.details().capacity();
        if (capacity != null && capacity < event.goingCount()) {
            throw EventStateException.capacityBelowGoing(event.goingCount());
        }
        if (event.seriesId() != null && request.following()) {
            EventSeriesService.Following done = series.editFollowing(event, checked, now);
            done.changed().forEach(e -> notices.tellAttendees(e, "changed"));
            done.cancelled().forEach(e -> notices.tellAttendees(e, "cancelled"));
            return toDto(caller, event);
        }
        event.edit(checked.details(), checked.time(), now);
        if (event.seriesId() != null) {
            event.detach();
        }
        rsvps.promote(event, now);
        notices.tellAttendees(event, "changed");
        return toDto(caller, event);
    }

    @Transactional
    public EventDto publish(Caller caller, UUID id) {
        Event event = rsvps.lockOrganized(caller, id);
        if (event.status() == EventStatus.CANCELLED) {
            throw EventStateException.cancelled();
        }
        if (event.status() == EventStatus.DRAFT) {
            event.publish(clock.instant());
            // A series' later drafts are published with it: the series goes live from here on.
            if (event.seriesId() != null) {
                events.list("seriesId = ?1 and startsAt > ?2 and status = ?3", event.seriesId(), event.startsAt(),
                        EventStatus.DRAFT).forEach(e -> e.publish(clock.instant()));
            }
        }
        return toDto(caller, event);
    }

    /** Cancels an event I run; everyone going or waiting is told. RSVPs stay, for the record. */
    @Transactional
    public EventDto cancel(Caller caller, UUID id, String reason) {
        Event event = rsvps.lockOrganized(caller, id);
        if (event.status() == EventStatus.CANCELLED) {
            return toDto(caller, event);
        }
        if (!clock.instant().isBefore(event.endsAt())) {
            throw EventStateException.over();
        }
        FieldErrors errors = new FieldErrors();
        String why = errors.text("reason", reason, 1000, false);
        errors.throwIfAny();
        event.cancel(why, clock.instant());
        notices.tellAttendees(event, "cancelled");
        return toDto(caller, event);
    }

    /** The event's organizers' view of who comes: going first, then the queue. */
    @Transactional
    public List<AttendeeDto> attendees(Caller caller, UUID id) {
        Event event = access.organized(caller, events.findByIdOptional(id).orElse(null));
        long[] place = {0};
        return rsvpRows.attendeesOf(event.id()).stream().map(r -> new AttendeeDto(r.memberId(),
                profiles.nameOf(r.memberId()), r.status().slug(),
                r.status() == RsvpStatus.WAITLISTED ? ++place[0] : null, r.respondedAt(), r.checkedInAt()))
                .toList();
    }

    /** My answer, as {@link EventDto.MyRsvp}. */
    @Transactional
    public EventDto respond(Caller caller, UUID id, Boolean going) {
        if (going == null) {
            access.visible(caller, events.findByIdOptional(id).orElse(null));
            throw FieldErrors.of("going", FieldErrors.REQUIRED);
        }
        rsvps.respond(caller, id, going);
        return get(caller, id);
    }

    /** The request's rules, then its skills (known, not retired) and co-organizers (live members). */
    private EventValidator.Checked checkedWithReferences(EventRequest request, boolean creating) {
        EventValidator.Checked checked = EventValidator.check(request, clock.instant(), creating);
        FieldErrors errors = new FieldErrors();
        Map<String, Boolean> usable = skills.usability(checked.details().skills());
        for (String slug : checked.details().skills()) {
            if (!Boolean.TRUE.equals(usable.get(slug))) {
                errors.add("skills", "has an unknown or retired skill: " + slug);
                break;
            }
        }
        for (UUID co : checked.details().coOrganizers()) {
            if (members.findLive(co).isEmpty()) {
                errors.add("coOrganizers", "has someone who is not a member");
                break;
            }
        }
        errors.throwIfAny();
        return checked;
    }

    EventDto toDto(Caller caller, Event e) {
        return toDto(caller, e, rsvps.mine(caller, e.id()), access.organizes(caller, e));
    }

    private EventDto toDto(Caller caller, Event e, EventRsvp mine, boolean manages) {
        boolean revealed = manages || (mine != null && mine.status() == RsvpStatus.GOING);
        EventDto.MyRsvp my = mine == null ? null : new EventDto.MyRsvp(mine.status().slug(), rsvps.placeOf(mine),
                mine.ticketCode(), mine.checkedInAt());
        Instant now = clock.instant();
        return new EventDto(e.id(), e.seriesId(), e.title(), e.description(), e.type().slug(), e.format().slug(),
                e.city(), revealed ? e.venue() : null, revealed ? e.address() : null,
                revealed ? e.onlineLink() : null, revealed, e.startsAt(), e.endsAt(), e.zone().getId(), e.capacity(),
                e.goingCount(), e.waitingCount(), e.capacity() == null ? null : e.capacity() - e.goingCount(),
                e.rsvpDeadline(), e.acceptsRsvps(now), e.noShowsWait(), e.status().slug(), e.cancelReason(),
                e.skills(), e.programId(), person(e.organizerId()),
                e.coOrganizerIds().stream().map(this::person).toList(), my, manages, e.sequence(),
                e.seriesId() == null ? null : series.find(e.seriesId()).frequency().slug());
    }

    /** The events I answered (going, waiting or not going), latest first: my RSVPs and attendance. */
    @Transactional
    public List<EventDto> mine(Caller caller) {
        List<Event> answered = events.list("""
                select e from Event e where e.id in (select r.key.eventId from EventRsvp r where r.key.memberId = ?1)
                order by e.startsAt desc""", caller.memberId());
        Map<UUID, EventRsvp> mine = rsvpRows.mineAmong(caller.memberId(), answered.stream().map(Event::id).toList());
        return answered.stream().filter(e -> access.canSee(caller, e))
                .map(e -> toDto(caller, e, mine.get(e.id()), access.organizes(caller, e))).toList();
    }

    /** A series whose occurrences the caller may see: its rule and upcoming occurrences. */
    @Transactional
    public SeriesDto series(Caller caller, UUID seriesId) {
        EventSeries s = series.find(seriesId);
        List<Event> upcoming = series.upcoming(caller, seriesId, clock.instant());
        if (upcoming.isEmpty() && series.occurrences(seriesId).stream().noneMatch(e -> access.canSee(caller, e))) {
            throw new NotFoundException("event");
        }
        return new SeriesDto(s.id(), s.frequency().slug(), s.rule(), s.status().name().toLowerCase(),
                s.zone().getId(), s.programId() == null ? EventLinks.seriesFeed(s.id()) : null,
                upcoming.stream().map(e -> toDto(caller, e)).toList());
    }

    private EventDto.Person person(UUID id) {
        return new EventDto.Person(id, profiles.nameOf(id));
    }

    Event find(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> new NotFoundException("event"));
    }

    /** The next {@code limit} events the caller may see, soonest first: {@link #list} without filters. */
    @Transactional
    public List<EventDto> upcoming(Caller caller, int limit) {
        return list(caller, EventSearch.Filter.upcoming(), PageRequest.of(0, limit, limit)).items();
    }
}
