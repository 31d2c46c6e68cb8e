/**
 * The release steps as one list for the server's step registry ({@link io.slipway.agent.release.ReleaseSteps}).
 * The steps themselves live by what they drive: {@code agent.gateway}, {@code agent.consul},
 * {@code agent.docker}, {@code agent.kube}; their arguments are read by {@code agent.arguments}.
 */
package io.slipway.agent.release;
