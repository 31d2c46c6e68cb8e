package io.slipway.server.queue;

import io.slipway.server.build.Build;
import java.util.Objects;

/**
 * What queueing a trigger did: the build that will run it, and whether that build was already waiting
 * in the queue (the trigger joined it, as Jenkins folds a trigger into an item already in its queue).
 */
public record Enqueued(Build build, boolean merged) {

    public Enqueued {
        Objects.requireNonNull(build, "build");
    }
}
