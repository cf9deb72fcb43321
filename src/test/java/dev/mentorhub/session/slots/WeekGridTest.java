package dev.mentorhub.session.slots;

import static dev.mentorhub.session.slots.Pairs.BERLIN;
import static dev.mentorhub.session.slots.Pairs.HALF_HOUR;
import static dev.mentorhub.session.slots.Pairs.HOUR;
import static dev.mentorhub.session.slots.Pairs.NEW_YORK;
import static dev.mentorhub.session.slots.Pairs.SHANGHAI;
import static dev.mentorhub.session.slots.Pairs.always;
import static dev.mentorhub.session.slots.Pairs.busy;
import static dev.mentorhub.session.slots.Pairs.member;
import static dev.mentorhub.session.slots.Pairs.window;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The week grid: a Berlin/New York pair seen from Shanghai (+8, no DST), and a Berlin viewer over its own switches. */
class WeekGridTest {

    private static final Availability BERLIN_EVENING = member(BERLIN, window(TUESDAY, 18, 0, 20, 0));
    private static final Availability NEW_YORK_NOON = member(NEW_YORK, window(TUESDAY, 12, 0, 14, 0));

    @Test
    void shanghaiViewerSeesTheOverlapOnWednesdayMorningWhenOnlyTheUsHasSwitched() {
        // Tue 10 Mar: Berlin 18-20 CET = 17:00-19:00Z = Shanghai Wed 11 Mar 01:00-03:00;
        // New York 12-14 EDT = 16:00-18:00Z = Shanghai Wed 00:00-02:00. Both: Shanghai 01:00-02:00.
        WeekGrid grid = SlotFinder.weekGrid(BERLIN_EVENING, NEW_YORK_NOON, SHANGHAI, LocalDate.of(2026, 3, 9), HOUR);
        assertThat(grid.days()).extracting(WeekGrid.Day::date).first().isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(grid.days()).hasSize(7).allSatisfy(day -> assertThat(day.cells()).hasSize(24));
        assertThat(marked(grid)).containsExactly(
                "2026-03-11T00:00 second",
                "2026-03-11T01:00 first second both",
                "2026-03-11T02:00 first");
    }

    @Test
    void shanghaiViewerSeesTheFullOverlapBeforeAndAfterTheMarchSwitches() {
        // Tue 3 Mar: both 17:00-19:00Z = Shanghai Wed 4 Mar 01:00-03:00.
        assertThat(marked(SlotFinder.weekGrid(BERLIN_EVENING, NEW_YORK_NOON, SHANGHAI, LocalDate.of(2026, 3, 2), HOUR)))
                .containsExactly("2026-03-04T01:00 first second both", "2026-03-04T02:00 first second both");
        // Tue 31 Mar: Berlin 18-20 CEST and New York 12-14 EDT are both 16:00-18:00Z = Shanghai Wed 1 Apr 00:00-02:00.
        assertThat(marked(SlotFinder.weekGrid(BERLIN_EVENING, NEW_YORK_NOON, SHANGHAI, LocalDate.of(2026, 3, 30), HOUR)))
                .containsExactly("2026-04-01T00:00 first second both", "2026-04-01T01:00 first second both");
    }

    @Test
    void halfHourRows() {
        WeekGrid grid = SlotFinder.weekGrid(BERLIN_EVENING, NEW_YORK_NOON, SHANGHAI, LocalDate.of(2026, 3, 9), HALF_HOUR);
        assertThat(grid.rowMinutes()).isEqualTo(30);
        assertThat(marked(grid)).containsExactly(
                "2026-03-11T00:00 second", "2026-03-11T00:30 second",
                "2026-03-11T01:00 first second both", "2026-03-11T01:30 first second both",
                "2026-03-11T02:00 first", "2026-03-11T02:30 first");
    }

    @Test
    void aRowInTheViewersSpringGapIsNeverFree() {
        // Berlin viewer, 29 Mar: 02:00-03:00 does not exist; every other row is free for two always-available members.
        WeekGrid grid = SlotFinder.weekGrid(always(SHANGHAI), always(ZoneOffset.UTC), BERLIN, LocalDate.of(2026, 3, 23), HOUR);
        assertThat(unmarked(grid)).containsExactly("2026-03-29T02:00");
    }

    @Test
    void aRowTheViewersClockShowsTwiceMustBeFreeBothTimes() {
        // Berlin viewer, 25 Oct: row 02:00 is 00:00-02:00Z. The second member is busy 01:30-01:45Z, i.e. 02:30-02:45 CET
        // on the second pass only, which takes that row (and only it) away from them.
        Availability busySecondPass = always(ZoneOffset.UTC).withBusy(List.of(busy("2026-10-25T01:30", "2026-10-25T01:45")));
        WeekGrid grid = SlotFinder.weekGrid(always(SHANGHAI), busySecondPass, BERLIN, LocalDate.of(2026, 10, 19), HOUR);
        assertThat(unmarked(grid)).containsExactly("2026-10-25T02:00");
        WeekGrid.Cell row = grid.days().get(6).cells().get(2);
        assertThat(row).isEqualTo(new WeekGrid.Cell(LocalTime.of(2, 0), true, false, false));
    }

    @Test
    void rejectsAWeekThatDoesNotStartOnMonday() {
        assertThatThrownBy(() -> SlotFinder.weekGrid(BERLIN_EVENING, NEW_YORK_NOON, SHANGHAI, LocalDate.of(2026, 3, 10), HOUR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlotFinder.weekGrid(BERLIN_EVENING, NEW_YORK_NOON, SHANGHAI, LocalDate.of(2026, 3, 9),
                Duration.ofMinutes(35))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Cells with any flag set, as "date'T'time flags". */
    private static List<String> marked(WeekGrid grid) {
        List<String> out = new ArrayList<>();
        for (WeekGrid.Day day : grid.days()) {
            for (WeekGrid.Cell cell : day.cells()) {
                String flags = (cell.first() ? " first" : "") + (cell.second() ? " second" : "") + (cell.both() ? " both" : "");
                if (!flags.isEmpty()) {
                    out.add(day.date() + "T" + cell.start() + flags);
                }
            }
        }
        return out;
    }

    /** Cells that are not free for both. */
    private static List<String> unmarked(WeekGrid grid) {
        List<String> out = new ArrayList<>();
        for (WeekGrid.Day day : grid.days()) {
            for (WeekGrid.Cell cell : day.cells()) {
                if (!cell.both()) {
                    out.add(day.date() + "T" + cell.start());
                }
            }
        }
        return out;
    }
}
