/**
 * A gateway node's start-up: {@link io.slipway.gateway.GatewayNode} (the one public entry point for
 * embedding a node), {@link io.slipway.gateway.GatewaySettings} (environment and arguments) and
 * {@link io.slipway.gateway.GatewayMain} (the standalone jar). Everything else lives in the
 * sub-packages: config, store, admin, proxy, route, filter, plugin, metrics.
 */
package io.slipway.gateway;
