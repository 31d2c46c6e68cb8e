package io.slipway.server.job.multibranch;

import java.time.Instant;

/** A branch a multibranch project keeps a sub-job for, with the head it last saw. */
public record BranchRow(String project, String branch, String jobName, String headSha, Instant createdAt) {
}
