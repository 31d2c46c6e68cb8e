package io.slipway.server.job;

/** Where a job's pipeline comes from: a Git repository or text stored with the job. */
public sealed interface JobSource permits GitSource, InlineSource {
}
