/**
 * Kong-compatible route matching: {@link io.slipway.gateway.route.RouteSpec} describes one route's
 * predicates, {@link io.slipway.gateway.route.Router} is the immutable table built once per
 * configuration change (hosts by hash, prefix paths by a trie, regex paths in priority order) and
 * {@link io.slipway.gateway.route.UpstreamPath} computes the path sent upstream. Nothing here does
 * I/O, allocates per request beyond the match result, or knows about services and plugins.
 */
package io.slipway.gateway.route;
