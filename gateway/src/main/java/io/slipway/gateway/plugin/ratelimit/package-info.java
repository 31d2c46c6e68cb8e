/**
 * Kong's rate-limiting plugin with the {@code local} policy: lock-free fixed-window counters per
 * plugin instance and identifier, bounded in memory, kept across configuration changes. Counting
 * shared between nodes is issue #9.
 */
package io.slipway.gateway.plugin.ratelimit;
