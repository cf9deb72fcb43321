package dev.mentorhub.session.slots;

import static dev.mentorhub.session.slots.Pairs.BERLIN;
import static dev.mentorhub.session.slots.Pairs.HALF_HOUR;
import static dev.mentorhub.session.slots.Pairs.HOUR;
import static dev.mentorhub.session.slots.Pairs.NEW_YORK;
import static dev.mentorhub.session.slots.Pairs.SHANGHAI;
import static dev.mentorhub.session.slots.Pairs.always;
import static dev.mentorhub.session.slots.Pairs.busy;
import static dev.mentorhub.session.slots.Pairs.hourSlots;
import static dev.mentorhub.session.slots.Pairs.member;
import static dev.mentorhub.session.slots.Pairs.slots;
import static dev.mentorhub.session.slots.Pairs.utc;
import static dev.mentorhub.session.slots.Pairs.window;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gaps, overlaps, busy time, "now", limits and validation. Expected instants are worked out in the comments. */
class SlotFinderTest {

    private static final Availability BERLIN_EVENING = member(BERLIN, window(TUESDAY, 18, 0, 20, 0));
    private static final Availability NEW_YORK_NOON = member(NEW_YORK, window(TUESDAY, 12, 0, 14, 0));
    private static final Availability ANY_TIME = always(SHANGHAI);

    @Test
    void aWindowInsideTheSpringForwardGapYieldsNothingThatDay() {
        // Berlin Sun 02:00-03:00: 22 Mar CET = 01:00-02:00Z; 29 Mar 02:00-03:00 does not exist (02:00 CET is
        // 03:00 CEST); 5 Apr CEST = 00:00-01:00Z.
        Availability night = member(BERLIN, window(SUNDAY, 2, 0, 3, 0));
        assertThat(SlotFinder.proposals(night, ANY_TIME, hourSlots("2026-03-22T00:00", 15)))
                .isEqualTo(slots(HOUR, "2026-03-22T01:00", "2026-04-05T00:00"));
    }

    @Test
    void aWindowAcrossTheSpringForwardGapKeepsTheHoursThatExist() {
        // Berlin Sun 29 Mar 01:00-04:00: 01:00-02:00 CET = 00:00-01:00Z, 03:00-04:00 CEST = 01:00-02:00Z: two real hours.
        Availability night = member(BERLIN, window(SUNDAY, 1, 0, 4, 0));
        assertThat(SlotFinder.proposals(night, ANY_TIME, hourSlots("2026-03-28T00:00", 2)))
                .isEqualTo(slots(HOUR, "2026-03-29T00:00", "2026-03-29T00:30", "2026-03-29T01:00"));
    }

    @Test
    void aWindowStartingInTheGapStartsWhenTheClockJumps() {
        // Berlin Sun 29 Mar 02:30-03:30: only 03:00-03:30 CEST exists = 01:00-01:30Z.
        Availability night = member(BERLIN, window(SUNDAY, 2, 30, 3, 30));
        SlotQuery halfHours = new SlotQuery(utc("2026-03-28T00:00"), Duration.ofDays(2), HALF_HOUR, HALF_HOUR, 50);
        assertThat(SlotFinder.proposals(night, ANY_TIME, halfHours)).isEqualTo(slots(HALF_HOUR, "2026-03-29T01:00"));
    }

    @Test
    void theFallBackOverlapYieldsEachRealHourOnce() {
        // Berlin Sun 25 Oct 01:00-04:00: 01:00 CEST = 24 Oct 23:00Z; the clock shows 02:00-03:00 twice (00:00-01:00Z
        // in CEST, 01:00-02:00Z in CET); 04:00 CET = 03:00Z. Four real hours, 23:00Z-03:00Z.
        Availability night = member(BERLIN, window(SUNDAY, 1, 0, 4, 0));
        SlotQuery hourly = hourSlots("2026-10-24T00:00", 2).withStep(HOUR);
        List<Interval> proposals = SlotFinder.proposals(night, ANY_TIME, hourly);
        assertThat(proposals).doesNotHaveDuplicates().isEqualTo(slots(HOUR,
                "2026-10-24T23:00", "2026-10-25T00:00", "2026-10-25T01:00", "2026-10-25T02:00"));
    }

    @Test
    void theRepeatedHourInNewYorkIsTwoRealHours() {
        // New York Sun 1 Nov 01:00-02:00 happens twice: EDT 05:00-06:00Z, then EST 06:00-07:00Z.
        Availability night = member(NEW_YORK, window(SUNDAY, 1, 0, 2, 0));
        assertThat(SlotFinder.proposals(night, ANY_TIME, hourSlots("2026-10-31T00:00", 2)))
                .doesNotHaveDuplicates()
                .isEqualTo(slots(HOUR, "2026-11-01T05:00", "2026-11-01T05:30", "2026-11-01T06:00"));
    }

    @Test
    void aWindowEndingInTheOverlapIncludesTheSecondPassOfItsLastLocalTimes() {
        // Berlin Sun 25 Oct 00:00-02:30: CEST 00:00-02:30 = 24 Oct 22:00Z - 00:30Z; then 02:30-03:00 CEST (outside),
        // and the clock shows 02:00-02:30 again in CET = 01:00-01:30Z.
        Availability night = member(BERLIN, window(SUNDAY, 0, 0, 2, 30));
        SlotQuery halfHours = new SlotQuery(utc("2026-10-24T00:00"), Duration.ofDays(2), HALF_HOUR, HALF_HOUR, 50);
        assertThat(SlotFinder.proposals(night, ANY_TIME, halfHours)).isEqualTo(slots(HALF_HOUR,
                "2026-10-24T22:00", "2026-10-24T22:30", "2026-10-24T23:00", "2026-10-24T23:30", "2026-10-25T00:00",
                "2026-10-25T01:00"));
    }

    @Test
    void busyIntervalsOfEitherMemberRemoveSlots() {
        // 3 Mar overlap 17:00-19:00Z; New York busy 17:30-18:00Z leaves 18:00-19:00Z (a busy end touching a slot start
        // is fine). 10 Mar overlap 17:00-18:00Z; Berlin busy 16:45-17:15Z removes it.
        Availability newYork = NEW_YORK_NOON.withBusy(List.of(busy("2026-03-03T17:30", "2026-03-03T18:00")));
        Availability berlin = BERLIN_EVENING.withBusy(List.of(busy("2026-03-10T16:45", "2026-03-10T17:15")));
        assertThat(SlotFinder.proposals(berlin, newYork, hourSlots("2026-03-02T00:00", 9)))
                .isEqualTo(slots(HOUR, "2026-03-03T18:00"));
    }

    @Test
    void noSlotStartsBeforeNow() {
        // 3 Mar overlap 17:00-19:00Z; at 17:10Z the next start on the half-hour grid is 17:30Z.
        assertThat(SlotFinder.proposals(BERLIN_EVENING, NEW_YORK_NOON, hourSlots("2026-03-03T17:10", 1)))
                .isEqualTo(slots(HOUR, "2026-03-03T17:30", "2026-03-03T18:00"));
        assertThat(SlotFinder.proposals(BERLIN_EVENING, NEW_YORK_NOON, hourSlots("2026-03-03T17:30", 1)))
                .isEqualTo(slots(HOUR, "2026-03-03T17:30", "2026-03-03T18:00"));
    }

    @Test
    void noOverlapMeansNoSlots() {
        // Berlin Tue 09-10 CET = 08:00-09:00Z, New York Tue 09-10 EST = 14:00-15:00Z.
        Availability berlin = member(BERLIN, window(TUESDAY, 9, 0, 10, 0));
        Availability newYork = member(NEW_YORK, window(TUESDAY, 9, 0, 10, 0));
        assertThat(SlotFinder.proposals(berlin, newYork, hourSlots("2026-03-02T00:00", 21))).isEmpty();
        assertThat(SlotFinder.commonFreeTime(berlin, newYork, hourSlots("2026-03-02T00:00", 21).range())).isEmpty();
    }

    @Test
    void anOverlapShorterThanTheSlotYieldsNothing() {
        // 10 Mar overlap is 17:00-18:00Z only; a 90-minute slot does not fit (3 Mar, 17:00-19:00Z, does).
        SlotQuery ninety = new SlotQuery(utc("2026-03-02T00:00"), Duration.ofDays(14), Duration.ofMinutes(90), HALF_HOUR, 50);
        assertThat(SlotFinder.proposals(BERLIN_EVENING, NEW_YORK_NOON, ninety))
                .isEqualTo(slots(Duration.ofMinutes(90), "2026-03-03T17:00", "2026-03-03T17:30"));
    }

    @Test
    void defaultsAreThreeWeeksEveryHalfHourAtMostTen() {
        // From Mon 2 Mar 00:00Z, three weeks end at Mon 23 Mar 00:00Z: 3 Mar (three), 10 and 17 Mar (one each).
        SlotQuery query = SlotQuery.from(utc("2026-03-02T00:00"), HOUR);
        assertThat(SlotFinder.proposals(BERLIN_EVENING, NEW_YORK_NOON, query)).isEqualTo(slots(HOUR,
                "2026-03-03T17:00", "2026-03-03T17:30", "2026-03-03T18:00", "2026-03-10T17:00", "2026-03-17T17:00"));
        assertThat(SlotFinder.proposals(ANY_TIME, always(BERLIN), query)).hasSize(10);
        assertThat(SlotFinder.proposals(BERLIN_EVENING, NEW_YORK_NOON, query.withMaxSlots(2)))
                .isEqualTo(slots(HOUR, "2026-03-03T17:00", "2026-03-03T17:30"));
    }

    @Test
    void windowsThatMeetAtMidnightFormOneStretch() {
        // Berlin Mon 2 Mar 22:00-24:00 and Tue 00:00-02:00 CET = 21:00Z - 01:00Z: one four-hour slot.
        Availability berlin = member(BERLIN, window(MONDAY, 22, 0, 24, 0), window(TUESDAY, 0, 0, 2, 0));
        SlotQuery fourHours = new SlotQuery(utc("2026-03-02T00:00"), Duration.ofDays(2), Duration.ofHours(4), HALF_HOUR, 50);
        assertThat(SlotFinder.proposals(berlin, ANY_TIME, fourHours)).isEqualTo(slots(Duration.ofHours(4), "2026-03-02T21:00"));
    }

    @Test
    void rejectsLengthsAndStepsOutOfRange() {
        assertThatThrownBy(() -> SlotQuery.from(utc("2026-03-02T00:00"), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlotQuery.from(utc("2026-03-02T00:00"), Duration.ofHours(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlotQuery.from(utc("2026-03-02T00:00"), HOUR).withStep(Duration.ofMinutes(7)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklyWindow(MONDAY, 600, 600)).isInstanceOf(IllegalArgumentException.class);
    }
}
