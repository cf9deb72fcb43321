package dev.mentorhub.session.slots;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A week of a pair's availability as a viewer in {@code zone} sees it: seven {@link Day}s from {@code monday}, each
 * with one {@link Cell} per row (every {@code rowMinutes} from 00:00, local to the viewer).
 */
public record WeekGrid(LocalDate monday, ZoneId zone, int rowMinutes, List<Day> days) {

    public WeekGrid {
        days = List.copyOf(days);
    }

    public record Day(LocalDate date, List<Cell> cells) {

        public Day {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One row of a day. {@code first}/{@code second}: that member is free (available and not busy) for the whole
     * cell; {@code both}: both are. A row whose local time does not exist that day (spring-forward gap) is all false;
     * a row the clock shows twice (fall-back) covers both passes and is free only if all of it is.
     */
    public record Cell(LocalTime start, boolean first, boolean second, boolean both) {
    }
}
