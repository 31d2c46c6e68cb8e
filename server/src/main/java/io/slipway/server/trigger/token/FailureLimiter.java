package io.slipway.server.trigger.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down token guessing: a client with {@code limit} failed attempts within {@code window} is
 * refused (429) until the oldest of them leaves the window. Successes do not count. Bounded in
 * memory: idle clients are forgotten once their failures have aged out.
 */
public final class FailureLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds until {@code client} may try again; 0 when it may now. */
    public long retryAfterSeconds(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < limit) {
                return 0;
            }
            return Math.max(1, Duration.between(clock.instant(), recent.peekFirst().plus(window)).toSeconds() + 1);
        }
    }

    public void failed(String client) {
        Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
        if (failures.size() > 10_000) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d);
                    return d.isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.pollFirst();
        }
    }
}
