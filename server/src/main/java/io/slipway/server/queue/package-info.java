/**
 * The durable build queue: triggering (pin commit, check parameters, store a QUEUED build), aborting,
 * and the dispatcher that hands queued builds to the local executor. No HTTP here.
 */
package io.slipway.server.queue;
