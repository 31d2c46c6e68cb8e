package io.slipway.server.cluster;

import java.time.Duration;
import java.util.Map;

/**
 * How a server takes part among others on one database.
 *
 * @param serverId {@code SLIPWAY_SERVER_ID}; null means the id kept in the data folder
 * @param lease {@code SLIPWAY_SERVER_LEASE_SECONDS} (default 15): how long after its last heartbeat a
 *        server counts as gone, its running builds then ended by the others; it renews five times per lease
 * @param buildsDir {@code SLIPWAY_BUILDS_DIR}: the folder of build logs, artifacts and stashes; null
 *        means {@code builds/} in the data folder. Servers sharing a database must share it (a network
 *        volume), so that any of them serves any build's log and ends a gone server's builds with their logs.
 */
public record ClusterSettings(String serverId, Duration lease, java.nio.file.Path buildsDir) {

    public ClusterSettings {
        if (lease.toMillis() < 500) {
            throw new IllegalArgumentException("SLIPWAY_SERVER_LEASE_SECONDS must be at least 0.5, was " + lease);
        }
    }

    /** The defaults: an id from the data folder and a 15 s lease. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(null, Duration.ofSeconds(15), null);
    }

    public static ClusterSettings fromEnvironment(Map<String, String> env) {
        String lease = env.get("SLIPWAY_SERVER_LEASE_SECONDS");
        Duration duration = Duration.ofSeconds(15);
        if (lease != null && !lease.isBlank()) {
            try {
                duration = Duration.ofMillis(Math.round(Double.parseDouble(lease.trim()) * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SLIPWAY_SERVER_LEASE_SECONDS must be a number of seconds, was '"
                        + lease + "'");
            }
        }
        String builds = env.get("SLIPWAY_BUILDS_DIR");
        return new ClusterSettings(env.get("SLIPWAY_SERVER_ID"), duration,
                builds == null || builds.isBlank() ? null : java.nio.file.Path.of(builds).toAbsolutePath());
    }

    /** How often a server renews its lease and looks for gone servers and abort requests. */
    public Duration heartbeat() {
        return Duration.ofMillis(Math.max(100, lease.toMillis() / 5));
    }
}
