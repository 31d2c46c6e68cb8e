package io.slipway.gateway.proxy;

import io.slipway.gateway.filter.RouteMatch;
import io.slipway.gateway.metrics.RouteMetrics;

/**
 * A compiled route: what filters see of it, its filter chain (plugins, then the proxy call), the
 * service it proxies to (null for a route without a service) and its counters.
 */
record RouteBinding(RouteMatch match, CompiledChain chain, ServiceTarget service, RouteMetrics metrics) {}
