package io.slipway.gateway.plugin.ratelimit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The counts of one identifier (consumer, IP, ...) under one plugin instance: per period, the
 * current fixed window and its count. Lock-free: a new window replaces the old one by CAS, so a
 * window rolls over with one small allocation, and counting is an atomic increment.
 */
final class WindowCounters {

    private record Window(long start, AtomicLong count) {}

    private final AtomicReferenceArray<Window> windows = new AtomicReferenceArray<>(RateLimitPeriod.values().length);
    private volatile long expiresAt;

    /** Adds one to the count of {@code period}'s window at {@code now} and returns the new count. */
    long increment(RateLimitPeriod period, long now) {
        return current(period, now).count().incrementAndGet();
    }

    /** Takes back an increment (the request was refused by another period's limit). */
    void decrement(RateLimitPeriod period, long now) {
        current(period, now).count().decrementAndGet();
    }

    /** Whether every window of this identifier has ended, so it can be forgotten. */
    boolean expired(long now) {
        return now >= expiresAt;
    }

    private Window current(RateLimitPeriod period, long now) {
        long start = period.windowStart(now);
        int slot = period.ordinal();
        while (true) {
            Window window = windows.get(slot);
            if (window != null && window.start() == start) {
                return window;
            }
            if (window != null && window.start() > start) {
                return window;  // a racing thread saw a later clock; count into its window
            }
            Window fresh = new Window(start, new AtomicLong());
            if (windows.compareAndSet(slot, window, fresh)) {
                long end = period.windowEnd(now);
                if (end > expiresAt) {
                    expiresAt = end;
                }
                return fresh;
            }
        }
    }
}
