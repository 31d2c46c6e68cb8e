/**
 * Several servers on one PostgreSQL: each server's identity and lease ({@link io.slipway.server.cluster.ServerLease}),
 * the claim of queued builds with row locks, what happens to the builds of a server whose lease
 * runs out, and the start-up check that a server shares the master key of the others
 * ({@link io.slipway.server.cluster.SharedMasterKey}). One server on H2 runs the same code with a
 * cluster of one.
 */
package io.slipway.server.cluster;
