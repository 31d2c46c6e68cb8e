package io.slipway.agent.gateway;

/**
 * {@code watch: [seconds: 120, maxErrorRate: 0.05, minRequests: 10]} of {@code gatewayTargets}: how long to
 * watch the switched targets, the highest share of 5xx responses tolerated (a fraction: 0.05 is 5 %), and how
 * many responses must be counted before the rate may end the window early.
 */
public record WatchWindow(long seconds, double maxErrorRate, long minRequests) {

    public WatchWindow {
        if (seconds < 1 || maxErrorRate < 0 || maxErrorRate > 1 || minRequests < 1) {
            throw new IllegalArgumentException("invalid watch window " + seconds + " s, " + maxErrorRate + ", " + minRequests);
        }
    }
}
