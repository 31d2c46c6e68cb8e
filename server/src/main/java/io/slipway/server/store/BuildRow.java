package io.slipway.server.store;

import java.time.Instant;

/**
 * A row of {@code builds}; {@code parameters}, {@code stages} and {@code scmEnv} hold JSON text.
 * {@code sourceRef} is the Git ref the build checks out and {@code notBefore} the end of its quiet
 * period (null: it may start at once). {@code secretParameters}: the password parameters' names, comma-separated.
 */
public record BuildRow(String jobName, int number, String status, String cause, String parameters,
        String commitSha, String stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
        String endReason, String sourceRef, String scmEnv, Instant notBefore, String secretParameters) {

    /** The same row with another number (the queue numbers a build when it inserts it). */
    public BuildRow withNumber(int other) {
        return new BuildRow(jobName, other, status, cause, parameters, commitSha, stages, queuedAt, startedAt,
                finishedAt, endReason, sourceRef, scmEnv, notBefore, secretParameters);
    }

    /** The same row, to start no earlier than {@code at}. */
    public BuildRow withNotBefore(Instant at) {
        return new BuildRow(jobName, number, status, cause, parameters, commitSha, stages, queuedAt, startedAt,
                finishedAt, endReason, sourceRef, scmEnv, at, secretParameters);
    }
}
