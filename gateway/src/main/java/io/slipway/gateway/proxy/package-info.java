/**
 * The proxy's hot path on plain Netty: {@link io.slipway.gateway.proxy.ProxyServer} (start, apply a
 * configuration, metrics, health), the downstream and upstream channel handlers that stream requests
 * and responses through without aggregating them, the per-event-loop keep-alive pools, the
 * {@link io.slipway.gateway.filter.Exchange} implementation and the immutable filter chain whose last
 * filter is the proxy call. Upstream connections live on the downstream connection's event loop, so a
 * request never changes threads. Nothing here logs per request. Balancing lives in {@code proxy.balance},
 * Consul-driven targets in {@code proxy.consul}.
 */
package io.slipway.gateway.proxy;
