package io.slipway.gateway.proxy.balance;

/**
 * A target's health as {@code GET /upstreams/{u}/health} shows it: {@code health} is
 * {@code HEALTHY}, {@code UNHEALTHY} or {@code HEALTHCHECKS_OFF} (Kong's words), plus the requests
 * now proxied to it and the answers it gave since it was configured on this node.
 */
public record TargetHealth(String target, int weight, String health, int activeConnections,
                           ResponseCounts responses) {}
