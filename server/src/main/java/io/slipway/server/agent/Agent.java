package io.slipway.server.agent;

import java.time.Instant;
import java.util.List;

/**
 * A registered remote agent: the labels and executors given when it was created (the agent adds the ones
 * it offers when it connects), whether it is ephemeral (made for one build, such as a pod agent), and when
 * it was created. Never holds the token.
 */
public record Agent(String name, List<String> labels, int executors, boolean ephemeral, Instant createdAt) {

    public Agent {
        labels = List.copyOf(labels);
    }
}
