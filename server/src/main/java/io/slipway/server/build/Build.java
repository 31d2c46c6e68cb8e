package io.slipway.server.build;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Collections;

/**
 * A durable build record: which job, which number, why it started ({@code cause}), with which
 * parameters and at which commit (null until known or for inline pipelines), its status and
 * stages, and when it was queued, started and finished. {@code endReason} says why it ended as it
 * did when that is worth saying ("server restarted", "aborted by admin"), else null.
 */
public record Build(String job, int number, BuildStatus status, String cause, Map<String, Object> parameters,
        String commit, List<StageRun> stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
        String endReason) {

    public Build {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cause, "cause");
        // parameter values may be null, and their order is the pipeline's
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        stages = List.copyOf(stages);
    }
}
