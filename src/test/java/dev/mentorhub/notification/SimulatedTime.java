package dev.mentorhub.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Simulated time shared by worker threads: a thread "spends" time by {@link #sleepUntil sleeping} until the clock
 * reaches a moment, and the test thread {@link #advance moves} the clock to the earliest such moment once every live
 * worker sleeps. Whatever a worker does between two sleeps (claims, marks, queries) happens at one instant, as it
 * would take milliseconds against a mail server that takes seconds; the order of events is fixed by time alone.
 */
final class SimulatedTime extends Clock {

    private Instant now;
    private int live;
    private final List<Instant> sleepers = new ArrayList<>();

    SimulatedTime(Instant start, int workers) {
        this.now = start;
        this.live = workers;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    /** Blocks the calling worker until the clock reaches {@code until}. */
    synchronized void sleepUntil(Instant until) throws InterruptedException {
        if (!now.isBefore(until)) {
            return;
        }
        sleepers.add(until);
        notifyAll();
        try {
            while (now.isBefore(until)) {
                wait();
            }
        } finally {
            if (now.isBefore(until)) {
                sleepers.remove(until);
            }
        }
    }

    /** The calling worker is done: the clock no longer waits for it. */
    synchronized void leave() {
        live--;
        notifyAll();
    }

    /**
     * Waits (in real time, at most {@code settle}) until every live worker sleeps, then moves the clock to the
     * earliest wake-up and wakes those threads. False once no worker is left.
     */
    synchronized boolean advance(Duration settle) throws InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        while (live > 0 && sleepers.size() < live) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("a worker neither slept nor finished within " + settle);
            }
            wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
        if (live == 0) {
            return false;
        }
        now = sleepers.stream().min(Comparator.naturalOrder()).orElseThrow();
        sleepers.removeIf(t -> !t.isAfter(now));
        notifyAll();
        return true;
    }
}
