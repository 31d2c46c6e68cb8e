package io.slipway.gateway.proxy;

import io.slipway.gateway.filter.RouteMatch;
import io.slipway.gateway.metrics.RouteMetrics;

/**
 * A compiled route: what filters see of it, its filter chain (plugins, then the proxy call), the
 * service it proxies to (null for a route without a service) and its counters. {@code httpsRedirect}
 * is the route's {@code https_redirect_status_code} when it takes only HTTPS (a plain HTTP request is
 * answered with it), else 0.
 */
record RouteBinding(RouteMatch match, CompiledChain chain, ServiceTarget service, RouteMetrics metrics,
                    int httpsRedirect) {}
