package io.slipway.gateway.plugin;

import io.slipway.gateway.plugin.ratelimit.RateLimitStore;

/**
 * What plugin filters are built from besides their own configuration: the consumers of the
 * configuration being compiled, and the node's long-lived rate-limit counters.
 */
record PluginContext(ConsumerIndex consumers, RateLimitStore rateLimits) {}
