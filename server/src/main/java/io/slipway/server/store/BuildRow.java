package io.slipway.server.store;

import java.time.Instant;

/** A row of {@code builds}; {@code parameters} and {@code stages} hold JSON text. */
public record BuildRow(String jobName, int number, String status, String cause, String parameters,
        String commitSha, String stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
        String endReason) {
}
