package io.slipway.server.api;

import io.slipway.server.build.Build;
import io.slipway.server.build.StageRun;
import io.slipway.server.deploy.ReleaseChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A build as the API shows it. {@code releaseChanges} lists what its release steps changed (not SCM changes,
 * which Jenkins calls {@code changes}); {@code pendingInput} is the input it waits at, with the release plan;
 * {@code ref} is the Git ref it checks out and {@code scm} its SCM variables ({@code BRANCH_NAME},
 * {@code TAG_NAME}, {@code GIT_COMMIT}, {@code CHANGE_*}).
 */
public record BuildView(String job, int number, String status, String cause, Map<String, Object> parameters,
        String commit, List<StageRun> stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
        Long durationMillis, String endReason, List<ReleaseChangeView> releaseChanges, PendingInputView pendingInput,
        String ref, Map<String, String> scm, TestsView tests) {

    public static BuildView of(Build build) {
        return of(build, List.of(), null);
    }

    /** The build with its release changes and the input it waits at (null: none). */
    public static BuildView of(Build build, List<ReleaseChange> changes, PendingInputView pendingInput) {
        Long duration = build.startedAt() != null && build.finishedAt() != null
                ? build.finishedAt().toEpochMilli() - build.startedAt().toEpochMilli()
                : null;
        // Password parameters are shown as ****, as in the log: the API never returns a secret.
        Map<String, Object> parameters = new java.util.LinkedHashMap<>(build.parameters());
        build.secretParameters().forEach(name -> parameters.computeIfPresent(name, (k, v) -> "****"));
        return new BuildView(build.job(), build.number(), build.status().name(), build.cause(), parameters,
                build.commit(), build.stages(), build.queuedAt(), build.startedAt(), build.finishedAt(), duration,
                build.endReason(), changes.stream().map(ReleaseChangeView::of).toList(), pendingInput,
                build.ref(), build.scm(), null);
    }

    /** The same view with the build's test results' counts and failing cases ({@code tests}, left out when null). */
    public BuildView withTests(TestsView counts) {
        return new BuildView(job, number, status, cause, parameters, commit, stages, queuedAt, startedAt, finishedAt,
                durationMillis, endReason, releaseChanges, pendingInput, ref, scm, counts);
    }
}
