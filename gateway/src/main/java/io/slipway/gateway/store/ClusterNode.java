package io.slipway.gateway.store;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One gateway node as it last reported itself to the store it shares with others: who it is
 * ({@code hostname} is the configured name, never looked up; {@code ip} the address its Admin API
 * listens on), which configuration its proxy serves ({@code configVersion} is the store's change
 * counter at that configuration, {@code configHash} its {@code configuration_hash}) and when it last
 * reported, in seconds since the epoch.
 */
public record ClusterNode(UUID id, String hostname, String ip, List<String> adminListen, String version,
                          String slipwayVersion, long configVersion, String configHash, long startedAt,
                          long lastSeen) {

    public ClusterNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(ip, "ip");
        adminListen = List.copyOf(adminListen);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(slipwayVersion, "slipwayVersion");
        Objects.requireNonNull(configHash, "configHash");
    }
}
