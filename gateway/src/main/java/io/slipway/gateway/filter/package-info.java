/**
 * The contract of the request path's filters: {@link io.slipway.gateway.filter.Filter},
 * {@link io.slipway.gateway.filter.FilterChain} and the {@link io.slipway.gateway.filter.Exchange}
 * they act on. Plugins implement it in {@code gateway.plugin}; the proxy implements the exchange
 * over Netty in {@code gateway.proxy}. Nothing here allocates or blocks per request.
 */
package io.slipway.gateway.filter;
