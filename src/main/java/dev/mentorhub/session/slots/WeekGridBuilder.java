package dev.mentorhub.session.slots;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link WeekGrid} from the same free intervals the slot search uses. */
final class WeekGridBuilder {

    private WeekGridBuilder() {
    }

    static WeekGrid build(Availability first, Availability second, ZoneId viewer, LocalDate monday, Duration row) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("week must start on a Monday: " + monday);
        }
        SlotQuery.requireDividesDay(row, "row length");
        LocalDateTime weekStart = monday.atStartOfDay();
        List<Interval> week = LocalSpans.instants(weekStart, weekStart.plusDays(7), viewer);
        Interval range = new Interval(week.get(0).start(), week.get(week.size() - 1).end());
        List<Interval> firstFree = first.free(range);
        List<Interval> secondFree = second.free(range);
        List<Interval> bothFree = Intervals.intersect(firstFree, secondFree);

        int rowMinutes = (int) row.toMinutes();
        List<WeekGrid.Day> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            List<WeekGrid.Cell> cells = new ArrayList<>();
            for (int minute = 0; minute < WeeklyWindow.MINUTES_PER_DAY; minute += rowMinutes) {
                LocalDateTime start = date.atStartOfDay().plusMinutes(minute);
                List<Interval> cell = LocalSpans.instants(start, start.plusMinutes(rowMinutes), viewer);
                cells.add(new WeekGrid.Cell(LocalTime.MIDNIGHT.plusMinutes(minute),
                        freeThroughout(firstFree, cell), freeThroughout(secondFree, cell), freeThroughout(bothFree, cell)));
            }
            days.add(new WeekGrid.Day(date, cells));
        }
        return new WeekGrid(monday, viewer, rowMinutes, days);
    }

    private static boolean freeThroughout(List<Interval> free, List<Interval> cell) {
        return !cell.isEmpty() && cell.stream().allMatch(part -> Intervals.covers(free, part));
    }
}
