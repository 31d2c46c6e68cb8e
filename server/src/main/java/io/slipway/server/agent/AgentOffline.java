package io.slipway.server.agent;

/** A call or lease ended because its agent went offline, was revoked or restarted; the message names it. */
public final class AgentOffline extends RuntimeException {

    public AgentOffline(String message) {
        super(message, null, false, false);
    }
}
