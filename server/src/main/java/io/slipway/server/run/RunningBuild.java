package io.slipway.server.run;

import io.slipway.dsl.model.Pipeline;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.build.StageRun;
import io.slipway.server.job.Job;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A build as a {@link BuildExtender} sees it while it runs: its record, job and pipeline, the previous finished
 * build, its result so far and stages (read live, each call), and its log file (already masked).
 */
public record RunningBuild(Build build, Job job, Pipeline pipeline, Optional<Build> previous,
        Supplier<BuildStatus> status, Supplier<List<StageRun>> stages, Path logFile) {

    public RunningBuild {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(logFile, "logFile");
    }
}
