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
import io.slipway.server.store.ClusterStore;
import io.slipway.server.store.JobStore;
import io.slipway.server.job.GitSource;
import io.slipway.server.store.BuildRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts and stops builds. A trigger pins the commit, compiles the pipeline at it and checks the
 * parameters before anything is stored, so a bad request queues nothing; then it stores a QUEUED
 * build (the durable queue) and wakes the dispatcher. Thread-safe.
 */
public final class BuildQueue {

    private static final Consumer<Map<String, Object>> NO_CHECK = parameters -> { };

    private final JobService jobs;
    private final JobStore jobStore;
    private final BuildStore store;
    private final BuildRecords records;
    private final BuildHistory history;
    private final PipelineSource pipelines;
    private final RunningBuilds running;
    private final Dispatcher dispatcher;
    private final ClusterStore cluster;
    private final Clock clock;

    /** The collaborators of a queue, bundled so the constructor stays readable. */
    public record Parts(JobService jobs, JobStore jobStore, BuildStore store, BuildRecords records,
            BuildHistory history, PipelineSource pipelines, RunningBuilds running, Dispatcher dispatcher,
            ClusterStore cluster) {
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
        this.cluster = parts.cluster();
        this.clock = clock;
    }

    /**
     * Queues a new build of {@code jobName} that may start at once; 400 naming any bad parameter (and
     * nothing is queued).
     */
    public Build trigger(String jobName, TriggerRequest request) {
        return queue(jobName, request, null, QuietPeriod.NONE, false, NO_CHECK).build();
    }

    /**
     * Queues a build after {@code check} accepted its bound parameters (defaults filled in); the check
     * throws to refuse (e.g. a user who may not release to the build's environment), and nothing is queued.
     */
    public Build triggerChecked(String jobName, TriggerRequest request, Consumer<Map<String, Object>> check) {
        return queue(jobName, request, null, QuietPeriod.NONE, false, check).build();
    }

    /**
     * Queues a build of {@code jobName} at {@code commit} (a rollback re-runs the commit it restores), or at the
     * branch head when {@code commit} is null; 400 naming any bad parameter (and nothing is queued).
     */
    public Build trigger(String jobName, TriggerRequest request, String commit) {
        return queue(jobName, request, commit, QuietPeriod.NONE, false, NO_CHECK).build();
    }

    /**
     * Queues a build as SCM and remote triggers do, the way Jenkins' queue does: the build waits out
     * the quiet period, and a trigger for a job, ref and parameters that already have a build waiting
     * in the queue joins that build, which then builds the newest commit (it keeps its earlier start
     * time). 400 naming any bad parameter, and nothing is queued.
     */
    public Enqueued enqueue(String jobName, TriggerRequest request, QuietPeriod quietPeriod) {
        return queue(jobName, request, null, quietPeriod, true, NO_CHECK);
    }

    private Enqueued queue(String jobName, TriggerRequest request, String pinnedCommit, QuietPeriod quietPeriod,
            boolean coalesce, Consumer<Map<String, Object>> check) {
        Job job = jobs.get(jobName);
        SourceRevision revision = request.revision();
        LoadedPipeline loaded;
        if (pinnedCommit != null) {
            loaded = pipelines.at(job, pinnedCommit);
            revision = job.source() instanceof GitSource git && loaded.commit() != null
                    ? SourceRevision.branch(git.branch(), loaded.commit()) : null;
        } else if (revision == null) {
            loaded = pipelines.latest(job);
            revision = job.source() instanceof GitSource git ? SourceRevision.branch(git.branch(), loaded.commit()) : null;
        } else {
            loaded = pipelines.at(job, revision);
            revision = loaded.commit() == null ? null : revision.withCommit(loaded.commit());
        }
        Map<String, Object> parameters = ParameterBinder.bind(loaded.pipeline().parameters(), request.parameters());
        check.accept(parameters);
        Instant now = clock.instant();
        Build draft = new Build(jobName, 0, BuildStatus.QUEUED, request.cause(), parameters, loaded.commit(),
                List.of(), now, null, null, null, revision == null ? null : revision.ref(),
                revision == null ? Map.of() : revision.environment(),
                java.util.Set.copyOf(ParameterBinder.secretNames(loaded.pipeline().parameters())));
        BuildRow row = records.toRow(draft);
        Duration quiet = quietPeriod.of(job, loaded.pipeline());
        if (quiet.isNegative() || quiet.isZero()) {
            row = row.withNotBefore(null);
        } else {
            row = row.withNotBefore(now.plus(quiet));
        }
        BuildStore.Queued queued = store.queue(row, coalesce);
        if (!queued.merged() && loaded.pipeline().options().disableConcurrentBuilds().isPresent()) {
            store.setExclusive(jobName, queued.number(), true);
        }
        dispatcher.wake();
        Build build = records.toBuild(store.find(jobName, queued.number()).orElseThrow());
        return new Enqueued(build, queued.merged());
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
        // A build running on another server sharing the database: that server's lease heartbeat
        // picks the request up and aborts it there.
        running.find(job, number).ifPresentOrElse(control -> control.abort(reason),
                () -> cluster.requestAbort(job, number, reason));
        return history.get(job, number);
    }
}
