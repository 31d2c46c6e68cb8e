package io.slipway.server.api;

import io.slipway.server.build.Build;
import io.slipway.server.build.StageRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A build as the API shows it. */
public record BuildView(String job, int number, String status, String cause, Map<String, Object> parameters,
        String commit, List<StageRun> stages, Instant queuedAt, Instant startedAt, Instant finishedAt,
        Long durationMillis, String endReason, TestsView tests) {

    public static BuildView of(Build build) {
        return of(build, null);
    }

    /** The build with its test results' counts and failing cases ({@code tests}, left out when null). */
    public static BuildView of(Build build, TestsView tests) {
        Long duration = build.startedAt() != null && build.finishedAt() != null
                ? build.finishedAt().toEpochMilli() - build.startedAt().toEpochMilli()
                : null;
        return new BuildView(build.job(), build.number(), build.status().name(), build.cause(), build.parameters(),
                build.commit(), build.stages(), build.queuedAt(), build.startedAt(), build.finishedAt(), duration,
                build.endReason(), tests);
    }
}
