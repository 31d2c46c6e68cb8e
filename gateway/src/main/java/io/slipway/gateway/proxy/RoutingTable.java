package io.slipway.gateway.proxy;

import io.slipway.gateway.route.Router;

/**
 * What the proxy serves: an immutable router over compiled routes and the hash of the configuration
 * it was built from. Swapped as a whole; a request keeps the table it started with.
 */
record RoutingTable(Router<RouteBinding> router, String configHash) {}
