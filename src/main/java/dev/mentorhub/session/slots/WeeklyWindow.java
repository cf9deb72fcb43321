package dev.mentorhub.session.slots;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * A weekly window in a member's own time zone: minutes since local midnight, end exclusive (1440 = midnight at the
 * end of the day). Mirrors {@code dev.mentorhub.profile.AvailabilityWindow} without its JPA annotations.
 */
public record WeeklyWindow(DayOfWeek day, int startMinute, int endMinute) {

    public static final int MINUTES_PER_DAY = 1440;

    public WeeklyWindow {
        Objects.requireNonNull(day, "day");
        if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("window must satisfy 0 <= start < end <= 1440: " + startMinute + "-" + endMinute);
        }
    }

    /** Convenience for tests and mapping code: {@code of(TUESDAY, 18, 0, 20, 0)} is Tuesday 18:00-20:00. */
    public static WeeklyWindow of(DayOfWeek day, int startHour, int startMin, int endHour, int endMin) {
        return new WeeklyWindow(day, startHour * 60 + startMin, endHour * 60 + endMin);
    }
}
