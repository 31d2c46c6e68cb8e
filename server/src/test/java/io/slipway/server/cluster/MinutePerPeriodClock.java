package io.slipway.server.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A server clock that drives a minute-grained schedule fast. Until {@link #hurry()} it runs at real
 * speed from an hour before {@code hurried}; afterwards each real {@code period} is the last
 * {@code period} of the next minute, the first of them ending at {@code hurried}. Within a period the
 * clock runs at real speed, so a timer armed on it waits for real exactly as long as the clock says and
 * fires just as the clock enters the next minute: a {@code * * * * *} schedule fires once a period,
 * through the server's real Quartz scheduler. Thread-safe.
 */
final class MinutePerPeriodClock extends Clock {

    private final Instant hurried;
    private final long periodNanos;
    private final long createdNanos = System.nanoTime();
    private volatile long hurriedNanos = -1;

    MinutePerPeriodClock(Instant hurried, Duration period) {
        this.hurried = hurried;
        this.periodNanos = period.toNanos();
    }

    /** From now on each period of real time ends a minute; the first one ends at {@code hurried}. */
    void hurry() {
        hurriedNanos = System.nanoTime();
    }

    /** The hour (in the system's zone) that the clock enters one period after {@link #hurry()}. */
    int hurriedHour() {
        return hurried.atZone(ZoneId.systemDefault()).getHour();
    }

    /** How many minutes have begun since {@link #hurry()} (0 before it). */
    long minutesHurried() {
        long at = hurriedNanos;
        return at < 0 ? 0 : (System.nanoTime() - at) / periodNanos;
    }

    @Override
    public Instant instant() {
        long now = System.nanoTime();
        long at = hurriedNanos;
        if (at < 0) {
            return hurried.minus(Duration.ofHours(1)).plusNanos(now - createdNanos);
        }
        long elapsed = now - at;
        long minutes = elapsed / periodNanos;
        return hurried.plus(Duration.ofMinutes(minutes)).minusNanos(periodNanos - elapsed % periodNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the servers under test take their clock as it is");
    }
}
