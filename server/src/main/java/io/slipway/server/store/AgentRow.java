package io.slipway.server.store;

import java.time.Instant;

/** A row of {@code agents}: labels comma-separated; the token only as its hash, which never leaves the store. */
public record AgentRow(String name, String labels, int executors, boolean ephemeral, Instant createdAt) {
}
