package dev.mentorhub.matching.engine;

import java.time.DayOfWeek;
import java.util.Objects;

/** A weekly window in the person's own zone: minutes since midnight, end exclusive (1440 = midnight). */
public record Window(DayOfWeek day, int startMinute, int endMinute) {

    public Window {
        Objects.requireNonNull(day, "day");
        if (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
            throw new IllegalArgumentException("window must satisfy 0 <= start < end <= 1440: " + startMinute + ".." + endMinute);
        }
    }
}
