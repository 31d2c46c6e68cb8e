package io.slipway.server.agent;

import java.time.Duration;
import java.util.Map;

/**
 * How a server treats remote agents.
 *
 * @param heartbeatTimeout {@code SLIPWAY_AGENT_HEARTBEAT_SECONDS} (default 60, fractions allowed): an agent
 *        not heard from for this long is offline; its builds are aborted naming it (or re-run where the
 *        pipeline allows). Agents send a heartbeat four times per timeout.
 */
public record AgentSettings(Duration heartbeatTimeout) {

    public AgentSettings {
        if (heartbeatTimeout.toMillis() < 200) {
            throw new IllegalArgumentException("SLIPWAY_AGENT_HEARTBEAT_SECONDS must be at least 0.2, was "
                    + heartbeatTimeout);
        }
    }

    public static AgentSettings defaults() {
        return new AgentSettings(Duration.ofSeconds(60));
    }

    public static AgentSettings fromEnvironment(Map<String, String> env) {
        String value = env.get("SLIPWAY_AGENT_HEARTBEAT_SECONDS");
        if (value == null || value.isBlank()) {
            return defaults();
        }
        try {
            return new AgentSettings(Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SLIPWAY_AGENT_HEARTBEAT_SECONDS must be a number of seconds, was '"
                    + value + "'");
        }
    }

    /** How often agents and the server send heartbeats and the server looks for silent agents. */
    public Duration heartbeatInterval() {
        return Duration.ofMillis(Math.max(50, heartbeatTimeout.toMillis() / 4));
    }
}
