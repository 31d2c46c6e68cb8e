/**
 * The Consul release steps ({@code consulRegister}, {@code consulDeregister}) through the kiwiproject
 * consul-client, against the Consul agent the server names in {@link io.slipway.agent.consul.ConsulSettings}.
 * {@link io.slipway.agent.consul.ConsulRegistry} is the one place that talks to Consul; {@code drain} uses it too.
 */
package io.slipway.agent.consul;
