/**
 * Deployments and rollback: the durable change log of release steps ({@link io.slipway.server.deploy.ReleaseChange},
 * stored by {@link io.slipway.server.deploy.BuildChangeLog}), the deployment a successful releasing build makes per
 * job and environment ({@link io.slipway.server.deploy.DeploymentRecorder}), rolling back to one
 * ({@link io.slipway.server.deploy.DeploymentService}, {@link io.slipway.server.deploy.GatewayRestorer}) and the plan
 * an approver sees before an {@code input} ({@link io.slipway.server.deploy.ReleasePlanner}).
 * <p>
 * It changes the world only through a gateway's Admin API (restoring routes and targets after a rollback run);
 * images, rollouts and Consul entries are restored by the rollback build's own steps. No HTTP handlers live here.
 */
package io.slipway.server.deploy;
