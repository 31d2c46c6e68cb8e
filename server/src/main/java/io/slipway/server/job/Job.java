package io.slipway.server.job;

import java.time.Instant;
import java.util.Objects;

/**
 * A job as stored: a validated name, an optional description (null when absent) and its source.
 */
public record Job(String name, String description, JobSource source, Instant createdAt, Instant updatedAt) {

    public Job {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** The file name diagnostics use for this job's pipeline. */
    public String scriptName() {
        return source instanceof GitSource git ? git.scriptPath() : "Jenkinsfile";
    }
}
