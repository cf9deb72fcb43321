package dev.mentorhub.session.slots;

import static dev.mentorhub.session.slots.Pairs.BERLIN;
import static dev.mentorhub.session.slots.Pairs.HOUR;
import static dev.mentorhub.session.slots.Pairs.NEW_YORK;
import static dev.mentorhub.session.slots.Pairs.SHANGHAI;
import static dev.mentorhub.session.slots.Pairs.hourSlots;
import static dev.mentorhub.session.slots.Pairs.member;
import static dev.mentorhub.session.slots.Pairs.slots;
import static dev.mentorhub.session.slots.Pairs.window;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pairs across Berlin, New York and Shanghai over the 2026 switches: US 8 March and 1 November, EU 29 March and
 * 25 October; Shanghai stays at +8. Offsets: Berlin +1 (CET) / +2 (CEST), New York -5 (EST) / -4 (EDT). Every expected
 * instant below is worked out by hand in the comments, not by the code under test. All queries: 60-minute slots
 * starting every 30 minutes.
 */
class SlotFinderDstTest {

    // Berlin Tuesday 18:00-20:00, New York Tuesday 12:00-14:00.
    private static final Availability BERLIN_EVENING = member(BERLIN, window(TUESDAY, 18, 0, 20, 0));
    private static final Availability NEW_YORK_NOON = member(NEW_YORK, window(TUESDAY, 12, 0, 14, 0));

    // Shanghai Wednesday 07:00-09:00, New York Tuesday 19:00-21:00.
    private static final Availability SHANGHAI_MORNING = member(SHANGHAI, window(WEDNESDAY, 7, 0, 9, 0));
    private static final Availability NEW_YORK_EVENING = member(NEW_YORK, window(TUESDAY, 19, 0, 21, 0));

    // Shanghai Monday 16:00-18:00 (always 08:00-10:00Z), Berlin Monday 09:00-11:00.
    private static final Availability SHANGHAI_AFTERNOON = member(SHANGHAI, window(MONDAY, 16, 0, 18, 0));
    private static final Availability BERLIN_MORNING = member(BERLIN, window(MONDAY, 9, 0, 11, 0));

    @Test
    void berlinAndNewYorkInMarchAreSixThenFiveThenSixHoursApart() {
        // 3 Mar, 6h apart: Berlin 18-20 CET = 17:00-19:00Z; New York 12-14 EST = 17:00-19:00Z -> 17:00-19:00Z.
        // 10, 17, 24 Mar, 5h apart (only the US has switched): Berlin still 17:00-19:00Z; New York 12-14 EDT =
        //   16:00-18:00Z -> overlap 17:00-18:00Z, one hour slot.
        // 31 Mar, 6h apart again: Berlin 18-20 CEST = 16:00-18:00Z; New York 16:00-18:00Z -> 16:00-18:00Z.
        assertHourSlots(BERLIN_EVENING, NEW_YORK_NOON, "2026-03-02T00:00", 30,
                "2026-03-03T17:00", "2026-03-03T17:30", "2026-03-03T18:00",
                "2026-03-10T17:00",
                "2026-03-17T17:00",
                "2026-03-24T17:00",
                "2026-03-31T16:00", "2026-03-31T16:30", "2026-03-31T17:00");
    }

    @Test
    void berlinAndNewYorkInOctoberAndNovemberAreSixThenFiveThenSixHoursApart() {
        // 20 Oct: Berlin 18-20 CEST = 16:00-18:00Z; New York 12-14 EDT = 16:00-18:00Z.
        // 27 Oct (only the EU has switched back): Berlin 18-20 CET = 17:00-19:00Z; New York still 16:00-18:00Z ->
        //   17:00-18:00Z.
        // 3 Nov: Berlin 17:00-19:00Z; New York 12-14 EST = 17:00-19:00Z.
        assertHourSlots(BERLIN_EVENING, NEW_YORK_NOON, "2026-10-19T00:00", 21,
                "2026-10-20T16:00", "2026-10-20T16:30", "2026-10-20T17:00",
                "2026-10-27T17:00",
                "2026-11-03T17:00", "2026-11-03T17:30", "2026-11-03T18:00");
    }

    @Test
    void shanghaiAndNewYorkAcrossTheUsSpringSwitchCrossUtcMidnight() {
        // Shanghai Wed 07-09 (+8) = Tue 23:00Z - Wed 01:00Z, every week.
        // Tue 3 Mar New York 19-21 EST = Wed 4 Mar 00:00-02:00Z -> overlap 00:00-01:00Z.
        // Tue 10 Mar New York 19-21 EDT = Tue 23:00Z - Wed 01:00Z -> the whole two hours.
        assertHourSlots(SHANGHAI_MORNING, NEW_YORK_EVENING, "2026-03-02T00:00", 14,
                "2026-03-04T00:00",
                "2026-03-10T23:00", "2026-03-10T23:30", "2026-03-11T00:00");
    }

    @Test
    void shanghaiAndNewYorkAcrossTheUsAutumnSwitch() {
        // Tue 27 Oct New York 19-21 EDT = 23:00Z - 01:00Z = Shanghai Wed 28 Oct 07-09.
        // Tue 3 Nov New York 19-21 EST = Wed 4 Nov 00:00-02:00Z; Shanghai 3 Nov 23:00Z - 4 Nov 01:00Z -> 00:00-01:00Z.
        assertHourSlots(SHANGHAI_MORNING, NEW_YORK_EVENING, "2026-10-26T00:00", 14,
                "2026-10-27T23:00", "2026-10-27T23:30", "2026-10-28T00:00",
                "2026-11-04T00:00");
    }

    @Test
    void shanghaiAndBerlinAcrossTheEuSpringSwitch() {
        // Shanghai Mon 16-18 = 08:00-10:00Z. 23 Mar Berlin 09-11 CET = 08:00-10:00Z (7h apart) -> both hours;
        // 30 Mar Berlin 09-11 CEST = 07:00-09:00Z (6h apart) -> 08:00-09:00Z.
        assertHourSlots(SHANGHAI_AFTERNOON, BERLIN_MORNING, "2026-03-23T00:00", 14,
                "2026-03-23T08:00", "2026-03-23T08:30", "2026-03-23T09:00",
                "2026-03-30T08:00");
    }

    @Test
    void shanghaiAndBerlinAcrossTheEuAutumnSwitch() {
        // 19 Oct Berlin 09-11 CEST = 07:00-09:00Z -> 08:00-09:00Z; 26 Oct Berlin 09-11 CET = 08:00-10:00Z -> both hours.
        assertHourSlots(SHANGHAI_AFTERNOON, BERLIN_MORNING, "2026-10-19T00:00", 14,
                "2026-10-19T08:00",
                "2026-10-26T08:00", "2026-10-26T08:30", "2026-10-26T09:00");
    }

    /** Hour slots every half hour for {@code days} days from {@code from}: exactly these starts (UTC). */
    private static void assertHourSlots(Availability a, Availability b, String from, int days, String... starts) {
        assertThat(SlotFinder.proposals(a, b, hourSlots(from, days))).isEqualTo(slots(HOUR, starts));
    }
}
