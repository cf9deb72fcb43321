package dev.mentorhub.common.web;

/** When a refused action may be tried again, for the error page: in minutes, hours or days, rounded up. */
public record RetryAfter(long seconds) {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    public boolean inDays() {
        return seconds > 2 * DAY;
    }

    public boolean inHours() {
        return !inDays() && seconds > 90 * MINUTE;
    }

    public long days() {
        return ceil(DAY);
    }

    public long hours() {
        return ceil(HOUR);
    }

    public long minutes() {
        return Math.max(1, ceil(MINUTE));
    }

    private long ceil(long unit) {
        return (seconds + unit - 1) / unit;
    }
}
