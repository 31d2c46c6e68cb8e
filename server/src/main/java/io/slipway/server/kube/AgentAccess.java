package io.slipway.server.kube;

/**
 * What pod agents need of the server's remote agents: an ephemeral agent with its own token, whether it has
 * connected, and its revocation. Implemented over the agent registry and pool.
 */
public interface AgentAccess {

    /** Registers agent {@code name} with the one label {@code label} and one executor; returns its token. */
    String issue(String name, String label);

    /** Whether agent {@code name} is connected to this server now. */
    boolean online(String name);

    /** Revokes agent {@code name}'s token (disconnecting it if connected). Must not throw. */
    void revoke(String name);
}
