/**
 * Load balancing over an upstream's targets: the balancing algorithms (smooth weighted round-robin,
 * least-connections, consistent hashing), each target's health as active and passive checks see it,
 * and the per-upstream state that survives routing-table swaps. Picking a target takes no lock;
 * health counters are touched only when the upstream has checks configured.
 */
package io.slipway.gateway.proxy.balance;
