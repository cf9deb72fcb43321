package dev.mentorhub.session;

import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.Mentorships;
import dev.mentorhub.profile.AvailabilityWindow;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.session.slots.Availability;
import dev.mentorhub.session.slots.Interval;
import dev.mentorhub.session.slots.SlotFinder;
import dev.mentorhub.session.slots.SlotQuery;
import dev.mentorhub.session.slots.WeekGrid;
import dev.mentorhub.session.slots.WeeklyWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * When a pair could meet: both members' weekly hours (each in their own zone) minus the time their sessions hold,
 * as the next free slots and as a week grid in the viewer's zone (see {@link SlotFinder}).
 */
@ApplicationScoped
public class SessionSlots {

    /** A free slot, as instants. */
    public record Slot(Instant start, Instant end) {
    }

    /** The week grid of a pair, in my zone: {@code first} is me, {@code second} the other member. */
    public record Week(WeekGrid grid, String partnerName, LocalDate previous, LocalDate next) {
    }

    private static final Duration ROW = Duration.ofHours(1);

    private final SessionRepository sessions;
    private final Mentorships mentorships;
    private final ProfileService profiles;
    private final Clock clock;

    SessionSlots(SessionRepository sessions, Mentorships mentorships, ProfileService profiles, Clock clock) {
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The next free slots of {@code minutes} over the next three weeks, soonest first. */
    @Transactional
    public List<Slot> next(Member me, UUID mentorshipId, int minutes) {
        Mentorships.Pair pair = mentorships.of(mentorshipId, me.id());
        SlotQuery query = SlotQuery.from(clock.instant(), Duration.ofMinutes(minutes));
        Interval range = query.range();
        return SlotFinder.proposals(availability(me.id(), range), availability(pair.partnerOf(me.id()), range), query)
                .stream().map(i -> new Slot(i.start(), i.end())).toList();
    }

    /** The week starting on the Monday on or before {@code day} (this week when null), in my zone. */
    @Transactional
    public Week week(Member me, UUID mentorshipId, LocalDate day) {
        Mentorships.Pair pair = mentorships.of(mentorshipId, me.id());
        ZoneId zone = profiles.zoneOf(me.id());
        LocalDate monday = (day == null ? LocalDate.now(clock.withZone(zone)) : day)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // A little wider than the week, so that the other zone's days around it are covered too.
        Interval range = new Interval(monday.minusDays(1).atStartOfDay(zone).toInstant(),
                monday.plusDays(9).atStartOfDay(zone).toInstant());
        UUID partner = pair.partnerOf(me.id());
        WeekGrid grid = SlotFinder.weekGrid(availability(me.id(), range), availability(partner, range), zone, monday,
                ROW);
        return new Week(grid, profiles.nameOf(partner), monday.minusWeeks(1), monday.plusWeeks(1));
    }

    private Availability availability(UUID memberId, Interval range) {
        ProfileService.Week week = profiles.weekOf(memberId);
        List<WeeklyWindow> windows = week.windows().stream().map(SessionSlots::window).toList();
        List<Interval> busy = sessions.busy(memberId, range.start(), range.end());
        return Availability.of(week.zone(), windows).withBusy(busy);
    }

    private static WeeklyWindow window(AvailabilityWindow w) {
        return new WeeklyWindow(w.day(), w.startMinute(), w.endMinute());
    }
}
