/**
 * The node's own timers: every background task a gateway node runs on a schedule (the configuration
 * poll, the cluster heartbeat, active health checks) registers here by name, and each of its runs is
 * counted and timed, so that the Admin API's {@code GET /timers} reports what really runs, in Kong's
 * shape. Nothing here schedules anything: the owners keep their executors and wrap their tasks.
 * Nothing on the proxy's request path may use this package.
 */
package io.slipway.gateway.timer;
