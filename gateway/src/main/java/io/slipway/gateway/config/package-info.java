/**
 * The configuration model: immutable records for Kong's entities (services, routes, upstreams,
 * targets, consumers, their credentials, plugins) with Kong 3.x's field names and defaults, and
 * {@link io.slipway.gateway.config.GatewayConfig}, the immutable snapshot the proxy serves, with its
 * {@code configuration_hash}. {@link io.slipway.gateway.config.KongJson} maps the records to and from
 * Kong's JSON shape. Nothing here touches the network or the database; validation of user input
 * lives in {@code config.schema}.
 */
package io.slipway.gateway.config;
