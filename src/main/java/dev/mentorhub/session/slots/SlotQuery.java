package dev.mentorhub.session.slots;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to look for: slots of {@code slotLength} starting at or after {@code now} and ending within {@code horizon}
 * of it, starting on multiples of {@code step}, at most {@code maxSlots} of them.
 *
 * <p>Slot starts are multiples of {@code step} counted from the epoch, i.e. on the UTC clock. The step must divide a
 * day, so with the default 30 minutes a slot starts on the hour or half hour in every zone whose offset is whole or
 * half hours, whoever looks at it. Consecutive proposals may overlap (10:00-11:00 and 10:30-11:30).
 */
public record SlotQuery(Instant now, Duration horizon, Duration slotLength, Duration step, int maxSlots) {

    public static final Duration DEFAULT_HORIZON = Duration.ofDays(21);
    public static final Duration DEFAULT_STEP = Duration.ofMinutes(30);
    public static final int DEFAULT_MAX_SLOTS = 10;
    public static final Duration MIN_SLOT = Duration.ofMinutes(15);
    public static final Duration MAX_SLOT = Duration.ofHours(4);

    public SlotQuery {
        Objects.requireNonNull(now, "now");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
        if (slotLength.compareTo(MIN_SLOT) < 0 || slotLength.compareTo(MAX_SLOT) > 0) {
            throw new IllegalArgumentException("slot length must be between 15 minutes and 4 hours: " + slotLength);
        }
        requireDividesDay(step, "step");
        if (maxSlots < 1) {
            throw new IllegalArgumentException("maxSlots must be at least 1: " + maxSlots);
        }
    }

    /** Slots of {@code slotLength} over the next three weeks, every 30 minutes, the first ten. */
    public static SlotQuery from(Instant now, Duration slotLength) {
        return new SlotQuery(now, DEFAULT_HORIZON, slotLength, DEFAULT_STEP, DEFAULT_MAX_SLOTS);
    }

    public SlotQuery withHorizon(Duration horizon) {
        return new SlotQuery(now, horizon, slotLength, step, maxSlots);
    }

    public SlotQuery withStep(Duration step) {
        return new SlotQuery(now, horizon, slotLength, step, maxSlots);
    }

    public SlotQuery withMaxSlots(int maxSlots) {
        return new SlotQuery(now, horizon, slotLength, step, maxSlots);
    }

    public Interval range() {
        return Interval.of(now, horizon);
    }

    /** A whole number of minutes, at least 5, that divides a day. */
    static void requireDividesDay(Duration d, String name) {
        long minutes = d.toMinutes();
        if (!d.equals(Duration.ofMinutes(minutes)) || minutes < 5 || WeeklyWindow.MINUTES_PER_DAY % minutes != 0) {
            throw new IllegalArgumentException(name + " must be whole minutes (at least 5) that divide a day: " + d);
        }
    }
}
