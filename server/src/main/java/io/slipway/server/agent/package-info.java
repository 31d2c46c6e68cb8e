/**
 * Remote agents on the server's side: the registered agents and their tokens ({@code AgentRegistry}), the
 * agents connected to this server with their executors ({@code AgentPool}, {@code AgentSession},
 * {@code AgentLease}), the WebSocket they connect to ({@code AgentSocket}), Jenkins label expressions, and the
 * {@code AgentProvisioner} hook through which other kinds of agents (Kubernetes pods) are launched on demand.
 * The engine ({@code server.run}) uses this package; nothing here knows the engine.
 */
package io.slipway.server.agent;
