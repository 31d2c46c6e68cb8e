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
 * did when that is worth saying ("server restarted", "aborted by admin"), else null. {@code ref} is the
 * Git ref the build checks out ({@code refs/heads/main}, {@code refs/tags/v1}, {@code refs/pull/5/head};
 * null for inline pipelines) and {@code scm} the SCM variables of its environment under Jenkins' names
 * ({@code BRANCH_NAME}, {@code TAG_NAME}, {@code GIT_COMMIT}, {@code CHANGE_ID}, ...).
 */
public record Build(String job, int number, BuildStatus status, String cause, Map<String, Object> parameters,
        String commit, List<StageRun> stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
        String endReason, String ref, Map<String, String> scm, java.util.Set<String> secretParameters) {

    /** A build whose parameters include no password. */
    public Build(String job, int number, BuildStatus status, String cause, Map<String, Object> parameters,
            String commit, List<StageRun> stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
            String endReason, String ref, Map<String, String> scm) {
        this(job, number, status, cause, parameters, commit, stages, queuedAt, startedAt, finishedAt, endReason, ref,
                scm, java.util.Set.of());
    }

    /** A build without a source ref or SCM variables (inline pipelines). */
    public Build(String job, int number, BuildStatus status, String cause, Map<String, Object> parameters,
            String commit, List<StageRun> stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
            String endReason) {
        this(job, number, status, cause, parameters, commit, stages, queuedAt, startedAt, finishedAt, endReason,
                null, Map.of());
    }

    public Build {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cause, "cause");
        // parameter values may be null, and their order is the pipeline's
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        stages = List.copyOf(stages);
        scm = scm == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scm));
        secretParameters = secretParameters == null ? java.util.Set.of() : java.util.Set.copyOf(secretParameters);
    }
}
