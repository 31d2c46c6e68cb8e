package io.slipway.gateway.proxy.balance;

import java.util.Set;

/**
 * When a health check (active or passive) turns a target unhealthy or healthy again, with Kong's
 * field meanings: a count of 0 disables that counter.
 */
public record Thresholds(Set<Integer> healthyStatuses, int successes, Set<Integer> unhealthyStatuses,
                         int tcpFailures, int timeouts, int httpFailures) {

    public Thresholds {
        healthyStatuses = Set.copyOf(healthyStatuses);
        unhealthyStatuses = Set.copyOf(unhealthyStatuses);
    }

    /** Kong's passive defaults: every counter off. */
    public static Thresholds passiveDefaults() {
        return new Thresholds(Set.of(200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
                300, 301, 302, 303, 304, 305, 306, 307, 308), 0, Set.of(429, 500, 503), 0, 0, 0);
    }

    /** Kong's active defaults: every counter off. */
    public static Thresholds activeDefaults() {
        return new Thresholds(Set.of(200, 302), 0, Set.of(429, 404, 500, 501, 502, 503, 504, 505), 0, 0, 0);
    }

    public boolean enabled() {
        return successes > 0 || tcpFailures > 0 || timeouts > 0 || httpFailures > 0;
    }
}
