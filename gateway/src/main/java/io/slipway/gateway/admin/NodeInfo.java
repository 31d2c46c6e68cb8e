package io.slipway.gateway.admin;

import java.util.List;
import java.util.UUID;

/**
 * What {@code GET /} tells about the node. {@code kongVersion} is the Kong Admin API version this node
 * answers like (tools such as decK choose their behaviour by it); {@code version} is Slipway's own.
 */
public record NodeInfo(UUID nodeId, String hostname, String version, String kongVersion, String database,
                       List<String> proxyListen, List<String> adminListen, String dataSource) {

    public NodeInfo {
        proxyListen = List.copyOf(proxyListen);
        adminListen = List.copyOf(adminListen);
    }
}
