package io.slipway.server.cli;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.server.config.ServerSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway node {@code serve} embeds unless {@code SLIPWAY_GATEWAY_ENABLED=false}. It is started
 * only through the gateway's public entry point, with the gateway's own {@code SLIPWAY_GATEWAY_*}
 * variables; its H2 folder defaults to {@code gateway/} inside the server's data folder.
 */
final class EmbeddedGateway {

    private EmbeddedGateway() {
    }

    static Optional<GatewayNode> start(ServerSettings settings, Map<String, String> env) {
        if (!settings.gatewayEnabled()) {
            return Optional.empty();
        }
        Map<String, String> gatewayEnv = new HashMap<>(env);
        gatewayEnv.putIfAbsent("SLIPWAY_GATEWAY_DATA", settings.dataDir().resolve("gateway").toString());
        return Optional.of(GatewayNode.start(GatewaySettings.fromEnvironment(gatewayEnv, new String[0])));
    }
}
