/**
 * Several servers on one PostgreSQL: each server's identity and lease ({@link io.slipway.server.cluster.ServerLease}),
 * the claim of queued builds with row locks, and what happens to the builds of a server whose lease
 * runs out. One server on H2 runs the same code with a cluster of one.
 */
package io.slipway.server.cluster;
