package dev.mentorhub.session.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random pairs against a brute-force oracle that never converts local times to instants: it walks candidate starts
 * minute by minute and asks, for each instant, "what does this member's clock show, and is that inside a window and
 * outside every busy interval?" ({@code Instant.atZone} is unambiguous, unlike the other direction).
 */
class SlotFinderPropertiesTest {

    private static final List<ZoneId> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Shanghai",
            "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "America/St_Johns", "Australia/Sydney",
            "Europe/London", "UTC").stream().map(ZoneId::of).toList();
    // 2026 switches (UTC): US spring and autumn, EU spring and autumn, Lord Howe (30 minutes) and Sydney in April.
    private static final List<Instant> SWITCHES = List.of("2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z",
            "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2026-04-04T15:00:00Z", "2026-04-04T16:00:00Z")
            .stream().map(Instant::parse).toList();
    private static final int[] LENGTHS = {15, 30, 45, 60, 90, 120};
    private static final int[] STEPS = {15, 30, 60};

    @Test
    void proposalsAreExactlyTheFreeStartsTheOracleFinds() {
        Random random = new Random(20260329L);
        int withProposals = 0;
        for (int round = 0; round < 150; round++) {
            Availability a = randomMember(random);
            Availability b = randomMember(random);
            Instant base = random.nextBoolean()
                    ? SWITCHES.get(random.nextInt(SWITCHES.size()))
                    : Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(365 * 1440)));
            Instant now = base.minus(Duration.ofMinutes(random.nextInt(3 * 1440))).plusSeconds(random.nextInt(60));
            SlotQuery query = new SlotQuery(now, Duration.ofDays(1 + random.nextInt(5)),
                    Duration.ofMinutes(LENGTHS[random.nextInt(LENGTHS.length)]),
                    Duration.ofMinutes(STEPS[random.nextInt(STEPS.length)]), 1 + random.nextInt(40));

            List<Interval> proposals = SlotFinder.proposals(a, b, query);

            assertThat(proposals).as("round %d: %s / %s / %s", round, a, b, query).isEqualTo(oracle(a, b, query));
            withProposals += proposals.isEmpty() ? 0 : 1;
        }
        // guards against a generator that only ever produces pairs with nothing in common
        assertThat(withProposals).isGreaterThan(30);
    }

    private static List<Interval> oracle(Availability a, Availability b, SlotQuery query) {
        long step = query.step().toSeconds();
        long first = Math.floorDiv(query.now().getEpochSecond() + step - 1, step) * step;
        if (query.now().getNano() > 0 && first == query.now().getEpochSecond()) {
            first += step;
        }
        Instant end = query.now().plus(query.horizon());
        List<Interval> found = new ArrayList<>();
        for (Instant start = Instant.ofEpochSecond(first); found.size() < query.maxSlots(); start = start.plusSeconds(step)) {
            Instant slotEnd = start.plus(query.slotLength());
            if (slotEnd.isAfter(end)) {
                break;
            }
            if (freeThroughout(a, start, slotEnd) && freeThroughout(b, start, slotEnd)) {
                found.add(new Interval(start, slotEnd));
            }
        }
        return found;
    }

    // Every boundary (windows, busy times, offset changes) falls on a whole minute, so checking each minute is exact.
    private static boolean freeThroughout(Availability member, Instant from, Instant to) {
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            if (!freeAt(member, t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean freeAt(Availability member, Instant t) {
        ZonedDateTime local = t.atZone(member.zone());
        int minute = local.getHour() * 60 + local.getMinute();
        boolean inWindow = member.windows().stream().anyMatch(w ->
                w.day() == local.getDayOfWeek() && w.startMinute() <= minute && minute < w.endMinute());
        boolean busy = member.busy().stream().anyMatch(i -> !t.isBefore(i.start()) && t.isBefore(i.end()));
        return inWindow && !busy;
    }

    private static Availability randomMember(Random random) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int i = random.nextInt(12); i >= 0; i--) {
            int start = random.nextInt(1440 / 15) * 15 + (random.nextInt(4) == 0 ? random.nextInt(15) : 0);
            int end = Math.min(1440, start + 15 + random.nextInt(12 * 60));
            windows.add(new WeeklyWindow(DayOfWeek.of(1 + random.nextInt(7)), start, end));
        }
        List<Interval> busy = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Instant start = SWITCHES.get(random.nextInt(SWITCHES.size()))
                    .plus(Duration.ofMinutes(random.nextInt(8 * 1440) - 4 * 1440));
            busy.add(Interval.of(start, Duration.ofMinutes(15 + random.nextInt(180))));
        }
        return new Availability(ZONES.get(random.nextInt(ZONES.size())), windows, busy);
    }
}
