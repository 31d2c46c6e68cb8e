package io.slipway.agent.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a notification is tried and how long to wait between tries: {@code attempts} in all, the
 * first wait {@code backoff}, doubling after each failed try. Offered through
 * {@link io.slipway.agent.step.BuildExtensions}; {@link #standard()} when the engine offers none.
 */
public record DeliveryPolicy(int attempts, Duration backoff) {

    public DeliveryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1-10, was " + attempts);
        }
        if (backoff.isNegative() || backoff.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("backoff must be 0-60 s, was " + backoff);
        }
    }

    /** Three tries, waiting 1 s and then 2 s. */
    public static DeliveryPolicy standard() {
        return new DeliveryPolicy(3, Duration.ofSeconds(1));
    }
}
