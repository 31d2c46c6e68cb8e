/**
 * The proxy's own metrics: request counters by service, route and status and latency histograms, as
 * {@link java.util.concurrent.atomic.LongAdder}s that the hot path bumps without locks or lookups, and
 * their rendering in Prometheus' text format for {@code GET /metrics}. Names follow Kong's prometheus
 * plugin with a {@code slipway_} prefix:
 * <ul>
 *   <li>{@code slipway_http_requests_total{service,route,code}} counter</li>
 *   <li>{@code slipway_request_latency_ms_bucket{service,route,le}}, {@code _sum}, {@code _count} histogram
 *       of the time from the request head to the end of the response</li>
 *   <li>{@code slipway_upstream_target_health{upstream,target,state}} gauge, 1 for the target's current
 *       state among healthy, unhealthy and healthchecks_off</li>
 * </ul>
 * Nothing here logs or allocates per request.
 */
package io.slipway.gateway.metrics;
