package io.slipway.server.trigger.poll;

import java.time.Instant;

/**
 * One poll as the poll log keeps it.
 *
 * @param reason   what asked for it: {@code timer}, {@code notifyCommit}
 * @param outcome  {@code NEW_COMMIT}, {@code NO_CHANGES}, {@code FAILED}, {@code BACKING_OFF}, {@code NOT_POLLABLE}
 * @param commits  what ls-remote showed for the job's branch ({@code refs/heads/main=<sha>}), or empty
 * @param message  the error or a remark, null when there is none
 * @param buildNumber the build it queued, null when none
 */
public record PollEntry(long id, String jobName, Instant polledAt, String reason, String outcome, String commits,
        String message, Integer buildNumber) {
}
