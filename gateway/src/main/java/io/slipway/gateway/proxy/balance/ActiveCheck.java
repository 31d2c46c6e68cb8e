package io.slipway.gateway.proxy.balance;

/**
 * Kong's {@code healthchecks.active}: an HTTP GET of {@code httpPath} on each target, every
 * {@code healthyIntervalSeconds} while it is healthy and every {@code unhealthyIntervalSeconds} while
 * it is not (0 = never), answered within {@code timeoutSeconds}.
 */
public record ActiveCheck(String httpPath, double timeoutSeconds, double healthyIntervalSeconds,
                          double unhealthyIntervalSeconds, Thresholds thresholds) {

    public static ActiveCheck defaults() {
        return new ActiveCheck("/", 1, 0, 0, Thresholds.activeDefaults());
    }

    public boolean enabled() {
        return healthyIntervalSeconds > 0 || unhealthyIntervalSeconds > 0;
    }
}
