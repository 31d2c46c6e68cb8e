/**
 * The gateway release steps ({@code gatewayRoute}, {@code gatewayTargets}, {@code gatewaySnapshot},
 * {@code drain}): they change gateway nodes only through the Kong-compatible Admin API over HTTP
 * ({@link io.slipway.agent.gateway.AdminClient}), wait until every node the server knows
 * ({@link io.slipway.agent.gateway.GatewayNodes}) serves the change, and record what they changed. Nothing here
 * depends on the gateway module's classes.
 */
package io.slipway.agent.gateway;
