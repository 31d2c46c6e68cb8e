package io.slipway.server.build;

import java.time.Instant;
import java.util.Objects;

/**
 * One stage of a build as it ran. Stages inside {@code parallel} or nested {@code stages} name
 * their enclosing stage in {@code parent} (null at the top level). {@code startedAt} is null for a
 * stage that never started; {@code durationMillis} counts until now while it runs.
 */
public record StageRun(String name, String parent, StageStatus status, Instant startedAt, long durationMillis) {

    public StageRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
