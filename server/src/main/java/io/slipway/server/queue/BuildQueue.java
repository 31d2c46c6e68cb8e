package io.slipway.server.queue;

import io.slipway.server.api.ApiException;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildRecords;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.run.LoadedPipeline;
import io.slipway.server.run.ParameterBinder;
import io.slipway.server.run.PipelineSource;
import io.slipway.server.run.RunningBuilds;
import io.slipway.server.store.BuildStore;
import io.slipway.server.store.JobStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts and stops builds. A trigger pins the commit, compiles the pipeline at it and checks the
 * parameters before anything is stored, so a bad request queues nothing; then it stores a QUEUED
 * build (the durable queue) and wakes the dispatcher. Thread-safe.
 */
public final class BuildQueue {

    private final JobService jobs;
    private final JobStore jobStore;
    private final BuildStore store;
    private final BuildRecords records;
    private final BuildHistory history;
    private final PipelineSource pipelines;
    private final RunningBuilds running;
    private final Dispatcher dispatcher;
    private final Clock clock;

    /** The collaborators of a queue, bundled so the constructor stays readable. */
    public record Parts(JobService jobs, JobStore jobStore, BuildStore store, BuildRecords records,
            BuildHistory history, PipelineSource pipelines, RunningBuilds running, Dispatcher dispatcher) {
    }

    public BuildQueue(Parts parts, Clock clock) {
        this.jobs = parts.jobs();
        this.jobStore = parts.jobStore();
        this.store = parts.store();
        this.records = parts.records();
        this.history = parts.history();
        this.pipelines = parts.pipelines();
        this.running = parts.running();
        this.dispatcher = parts.dispatcher();
        this.clock = clock;
    }

    /** Queues a build of {@code jobName}; 400 naming any bad parameter (and nothing is queued). */
    public Build trigger(String jobName, TriggerRequest request) {
        return trigger(jobName, request, parameters -> { });
    }

    /**
     * Queues a build after {@code check} accepted its bound parameters (defaults filled in); the
     * check throws to refuse (e.g. a user who may not release to the build's environment).
     */
    public Build trigger(String jobName, TriggerRequest request, Consumer<Map<String, Object>> check) {
        Job job = jobs.get(jobName);
        LoadedPipeline loaded = pipelines.latest(job);
        Map<String, Object> parameters = ParameterBinder.bind(loaded.pipeline().parameters(), request.parameters());
        check.accept(parameters);
        int number = jobStore.reserveBuildNumber(jobName);
        Build build = new Build(jobName, number, BuildStatus.QUEUED, request.cause(), parameters, loaded.commit(),
                List.of(), clock.instant(), null, null, null);
        store.insert(records.toRow(build));
        if (loaded.pipeline().options().disableConcurrentBuilds().isPresent()) {
            store.setExclusive(jobName, number, true);
        }
        dispatcher.wake();
        return build;
    }

    /** Aborts a queued or running build; 409 when it has already ended. */
    public Build abort(String job, int number, String by) {
        Build build = history.get(job, number);
        if (build.status().isFinal()) {
            throw ApiException.conflict("build #" + number + " of job '" + job + "' has already ended ("
                    + build.status() + ")");
        }
        String reason = "aborted by " + by;
        if (build.status() == BuildStatus.QUEUED
                && store.finish(job, number, BuildStatus.ABORTED.name(), records.stagesJson(List.of()),
                clock.instant(), reason) == 1) {
            return history.get(job, number);
        }
        running.find(job, number).ifPresent(control -> control.abort(reason));
        return history.get(job, number);
    }
}
