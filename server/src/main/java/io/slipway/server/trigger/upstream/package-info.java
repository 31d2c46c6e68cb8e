/**
 * {@code triggers { upstream(upstreamProjects: 'a, b', threshold: ...) }}: a job builds when a build of one
 * of its upstream jobs ends with a result at least as good as the threshold. Reacts to the runner's
 * build-finished events; no HTTP, no timers.
 */
package io.slipway.server.trigger.upstream;
