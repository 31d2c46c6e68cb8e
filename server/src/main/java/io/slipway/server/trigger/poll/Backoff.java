package io.slipway.server.trigger.poll;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff of a failing remote: after the n-th failure in a row, no poll before
 * {@code base * 2^(n-1)}, at most {@code max}. Immutable.
 */
public record Backoff(int failures, Instant notBefore) {

    static final Duration BASE = Duration.ofMinutes(1);
    static final Duration MAX = Duration.ofHours(1);
    static final Backoff NONE = new Backoff(0, Instant.EPOCH);

    Backoff failedAt(Instant now) {
        int n = failures + 1;
        Duration wait = BASE.multipliedBy(1L << Math.min(n - 1, 16));
        if (wait.compareTo(MAX) > 0) {
            wait = MAX;
        }
        return new Backoff(n, now.plus(wait));
    }

    boolean blocks(Instant now) {
        return failures > 0 && now.isBefore(notBefore);
    }

    Duration waitFrom(Instant now) {
        return Duration.between(now, notBefore);
    }
}
