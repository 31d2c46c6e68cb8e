package io.slipway.server.agent;

import java.time.Instant;
import java.util.List;

/**
 * A connected agent as this server sees it: the name it is shown by (its {@code --name}, else its registered
 * name), online or not, the labels and executors it offers, its work
 * folder, when it connected and was last heard from, and the builds holding its executors.
 */
public record AgentStatus(String name, boolean online, List<String> labels, int executors, String workDir, Instant connectedAt,
        Instant lastSeen, List<String> builds) {

    public AgentStatus {
        labels = List.copyOf(labels);
        builds = List.copyOf(builds);
    }
}
