package dev.mentorhub.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly window in the member's own time zone: minutes since midnight, end exclusive (1440 = midnight). */
@Embeddable
public record AvailabilityWindow(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week", nullable = false) DayOfWeek day,
        @Column(name = "start_minute", nullable = false) int startMinute,
        @Column(name = "end_minute", nullable = false) int endMinute) {

    public boolean overlaps(AvailabilityWindow other) {
        return day == other.day && startMinute < other.endMinute && other.startMinute < endMinute;
    }

    public String start() {
        return format(startMinute);
    }

    public String end() {
        return format(endMinute);
    }

    static String format(int minute) {
        return minute == 1440 ? "24:00" : LocalTime.ofSecondOfDay(minute * 60L).toString();
    }
}
