package io.slipway.gateway.proxy.balance;

/**
 * A target's health as {@code GET /upstreams/{u}/health} shows it: {@code health} is
 * {@code HEALTHY}, {@code UNHEALTHY} or {@code HEALTHCHECKS_OFF} (Kong's words).
 */
public record TargetHealth(String target, int weight, String health, int activeConnections) {}
