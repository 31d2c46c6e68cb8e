package io.slipway.server.run;

import io.slipway.agent.log.MaskingLogSink;
import io.slipway.agent.log.SecretMasker;
import io.slipway.agent.scm.GitCheckout;
import io.slipway.agent.step.BuildServices;
import io.slipway.agent.step.CredentialLookup;
import io.slipway.agent.step.InputGate;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepRegistry;
import io.slipway.agent.tests.TestResultRecorder;
import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.expr.Interpreter;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.Json;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.build.BuildLog;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.build.BuildRecords;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.build.BuildTests;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobService;
import io.slipway.server.scm.RepositoryMirror;
import io.slipway.server.store.BuildStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local executor's runner: prepares a claimed build (log, workspace, checkout of the pinned
 * commit, the pipeline compiled at that commit, environment, interpreter) and walks it with a
 * {@link BuildExecution}; then records the final status, applies {@code buildDiscarder} and closes
 * the log. Thread-safe: one instance serves every build.
 */
public final class PipelineRunner implements BuildRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    /** The runner's collaborators, bundled. */
    public record Parts(JobService jobs, PipelineSource pipelines, BuildStore store, BuildRecords records,
            BuildHistory history, BuildLogs logs, StepRegistry steps, CredentialLookup credentials,
            RepositoryMirror mirror, Path dataDir) {
    }

    private final Parts p;
    private final Clock clock;
    private final ReleaseHooks hooks;
    private final Workspaces workspaces;
    private final List<BuildExtender> extenders = new CopyOnWriteArrayList<>();
    private final io.slipway.agent.step.BuildExtensions extensions;
    private final ExecutorService branches = Executors.newCachedThreadPool(r -> new Thread(r, "branch"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "build-timers");
        thread.setDaemon(true);
        return thread;
    });

    private volatile io.slipway.server.agent.AgentPool agents;
    private volatile io.slipway.server.store.AgentStore requeue;
    /** Agents lost so far per build ("job#n") that went back to the queue; kept while the build retries. */
    private final Map<String, Integer> agentLosses = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.List<BuildListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public PipelineRunner(Parts parts, Clock clock) {
        this(parts, clock, ReleaseHooks.NONE, io.slipway.agent.step.BuildExtensions.none());
    }

    /** A runner whose builds offer {@code extensions} (gateway nodes, Consul agent, ...) to their steps. */
    public PipelineRunner(Parts parts, Clock clock, io.slipway.agent.step.BuildExtensions extensions) {
        this(parts, clock, ReleaseHooks.NONE, extensions);
    }

    /** A runner whose builds also feed the release records (changes, deployments, rollbacks, plans). */
    public PipelineRunner(Parts parts, Clock clock, ReleaseHooks hooks) {
        this(parts, clock, hooks, io.slipway.agent.step.BuildExtensions.none());
    }

    /** A runner with release records and {@code extensions} offered to the steps. */
    public PipelineRunner(Parts parts, Clock clock, ReleaseHooks hooks, io.slipway.agent.step.BuildExtensions extensions) {
        this.p = parts;
        this.clock = clock;
        this.hooks = hooks;
        this.workspaces = new Workspaces(parts.dataDir());
        this.extensions = extensions;
    }

    /**
     * Runs builds and stages whose {@code agent} asks for a label (or a kind a provisioner launches) on the
     * remote agents of {@code pool}; without a pool every build runs on this server.
     */
    public void runOnAgents(io.slipway.server.agent.AgentPool pool, io.slipway.server.store.AgentStore requeue) {
        this.agents = pool;
        this.requeue = requeue;
    }

    /** Adds services to every build started from now on (see {@link BuildExtender}). */
    public void extendWith(BuildExtender extender) {
        extenders.add(extender);
    }

    /** Adds a listener told of each build's pipeline and end (see {@link BuildListener}). */
    public void addListener(BuildListener listener) {
        listeners.add(listener);
    }

    private void tell(String what, java.util.function.Consumer<BuildListener> event) {
        for (BuildListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.error("build listener failed on {}", what, e);
            }
        }
    }

    @Override
    public void run(Build build, BuildControl control) {
        BuildLog file = p.logs().open(build.job(), build.number());
        SecretMasker masker = new SecretMasker();
        MaskingLogSink log = new MaskingLogSink(file, masker);
        StageRecorder stages = new StageRecorder(build.job(), build.number(), p.store(), p.records(), clock);
        BuildStatus status = BuildStatus.FAILURE;
        Path workspace = null;
        LoadedPipeline loaded = null;
        RemoteAgents remote = null;
        Optional<io.slipway.server.agent.AgentLease> lease = Optional.empty();
        boolean parked = false;
        try {
            log.line(build.cause());
            Job job = p.jobs().get(build.job());
            loaded = p.pipelines().at(job, build.commit());
            LoadedPipeline read = loaded;
            tell("pipeline read", l -> l.pipelineRead(job, build, read));
            ParameterBinder.secretNames(loaded.pipeline().parameters())
                    .forEach(name -> masker.add(String.valueOf(build.parameters().get(name))));
            if (agents != null) {
                remote = new RemoteAgents(agents, new io.slipway.server.agent.BuildRef(build.job(), build.number()),
                        control, agentCheckout(job, build, loaded));
                Optional<String> park = remote.parkFor(loaded.pipeline().agent());
                if (park.isPresent() && requeue != null) {
                    boolean firstWait = !park.get().equals(requeue.parkedLabel(build.job(), build.number()).orElse(null));
                    if (requeue.park(build.job(), build.number(), park.get()) == 1) {
                        // logged once the build is QUEUED again: a reader who sees the line sees the build waiting
                        if (firstWait) {
                            log.line("Waiting for an agent with label '" + park.get() + "'");
                        }
                        parked = true;
                        return;
                    }
                }
                lease = remote.acquire(loaded.pipeline().agent(), log);
            }
            Path where;
            if (lease.isPresent()) {
                where = lease.get().workspace(job.name());
            } else {
                workspace = workspaces.acquire(job.name());
                where = workspace;
                Files.createDirectories(workspace);
                log.line("Running on the local executor in " + workspace);
                if (job.source() instanceof GitSource git && !loaded.pipeline().options().skipDefaultCheckout()) {
                    String ref = build.ref() != null ? build.ref() : "refs/heads/" + git.branch();
                    GitCheckout.checkoutRef(p.mirror().dir(job.name()).toUri().toString(), ref, build.commit(), workspace);
                    log.line("Checked out " + ref + " at " + build.commit());
                }
            }
            AtomicReference<StepDispatch> dispatch = new AtomicReference<>();
            Supplier<Optional<String>> stage = () -> Optional.ofNullable(dispatch.get())
                    .flatMap(StepDispatch::current).map(f -> f.stage().name());
            InputGate inputs = hooks.inputs(build, loaded.pipeline(), control,
                    () -> new ReleaseHooks.InputScope(dispatch.get().evalContext(), stage.get(), masker::mask));
            BuildServices services = new BuildServices(log, masker, control,
                    hooks.changeLog(build, () -> stage.get().orElse("pipeline"), masker::mask), p.credentials(), inputs,
                    p.logs().buildDir(build.job(), build.number()), extensions);
            services = services.withExtensions(services.extensions().with(TestResultRecorder.class,
                    new BuildTests(p.logs(), Json.mapper()).recorder(build.job(), build.number())));
            if (remote != null) {
                services = services.withExtensions(services.extensions().with(RemoteAgents.class, remote));
            }
            status = execute(build, job, loaded, control, services, where, stages, dispatch, remote, lease);
        } catch (InterruptedException e) {
            // an abort while waiting for an agent or checking out on it; the finally block records ABORTED
            Thread.interrupted();
        } catch (ApiException | StepFailure | GitCheckout.GitFailure e) {
            log.line("ERROR: " + e.getMessage());
            if (e instanceof ApiException api) {
                api.fields().forEach(f -> log.line("  " + f.reason()));
            }
        } catch (IOException | RuntimeException e) {
            if (control.isCancelled()) {
                // aborted, and its record could not be written (a server cut off from its database): the log says why
                LOG.warn("build {} #{} aborted ({}); recording it failed: {}", build.job(), build.number(),
                        control.abortReason(), e.toString());
                log.line("Aborted: " + control.abortReason());
            } else {
                LOG.error("build {} #{} crashed", build.job(), build.number(), e);
                log.line("ERROR: internal error while running the build: " + e);
            }
        } finally {
            lease.ifPresent(io.slipway.server.agent.AgentLease::close);
            if (parked || requeueAfterAgentLoss(build, remote, loaded, log)) {
                p.logs().close(build.job(), build.number());
                if (workspace != null) {
                    workspaces.release(workspace);
                }
                return;
            }
            if (control.isCancelled()) {
                status = BuildStatus.ABORTED;
            }
            log.line("Finished: " + status);
            String reason = control.isCancelled() ? control.abortReason() : null;
            p.store().finish(build.job(), build.number(), status.name(), p.records().stagesJson(stages.snapshot()),
                    clock.instant(), reason);
            p.logs().close(build.job(), build.number());
            BuildStatus result = status;
            tell("build finished", l -> l.finished(build, result));
            deleteSecrets(build);
            if (workspace != null) {
                workspaces.release(workspace);
            }
            if (loaded != null) {
                discardOldBuilds(build, loaded);
            }
        }
    }

    /** {@code buildDiscarder(logRotator(numToKeepStr: 'N', daysToKeep: 'D'))}: removes older finished builds. */
    private void discardOldBuilds(Build build, LoadedPipeline loaded) {
        loaded.pipeline().options().buildDiscarder().ifPresent(rotator -> {
            java.time.Instant cutoff = rotator.daysToKeep()
                    .map(days -> clock.instant().minus(java.time.Duration.ofDays(days))).orElse(null);
            int kept = 0;
            for (Build old : p.history().newestFirst(build.job(), 10_000)) {
                if (!old.status().isFinal()) {
                    continue;
                }
                kept++;
                boolean tooMany = rotator.numToKeep().isPresent() && kept > rotator.numToKeep().get();
                boolean tooOld = cutoff != null && old.finishedAt() != null && old.finishedAt().isBefore(cutoff);
                if (tooMany || tooOld) {
                    p.store().delete(old.job(), old.number());
                    p.logs().delete(old.job(), old.number());
                }
            }
        });
    }

    private BuildStatus execute(Build build, Job job, LoadedPipeline loaded, BuildControl control,
            BuildServices services, Path workspace, StageRecorder stages, AtomicReference<StepDispatch> current,
            RemoteAgents remote, Optional<io.slipway.server.agent.AgentLease> lease) throws InterruptedException {
        Optional<Build> previous = p.history().previousFinished(build.job(), build.number());
        boolean rollback = hooks.isRollback(build);
        BuildState state = new BuildState(build, previous, rollback);
        RunningBuild running = new RunningBuild(build, job, loaded.pipeline(), previous, state::status, stages::snapshot,
                p.logs().file(build.job(), build.number()));
        for (BuildExtender extender : extenders) {
            services = services.withExtensions(extender.extend(services.extensions(), running));
        }
        Interpreter interpreter = new Interpreter();
        StepDispatch dispatch = new StepDispatch(p.steps(), interpreter, state);
        current.set(dispatch);
        Map<String, String> env = environment(build, job, workspace);
        if (rollback) {
            env.put("ROLLBACK", "true");
        }
        StepContext root = new StepContext(workspace, workspace, env, services);
        if (lease.isPresent()) {
            root = remote.bind(root, lease.get());
            remote.checkOut(root, lease.get());
        }
        Map<String, Object> params = Collections.unmodifiableMap(new LinkedHashMap<>(build.parameters()));
        dispatch.parallel(new ScriptParallel(branches, control));
        ScriptEnv.Writes envWrites = new ScriptEnv.Writes(root.env());
        dispatch.evalContext(new BuildEvalContext(params, dispatch, root, state, scm(job, build, lease.isPresent()),
                envWrites));
        WhenEvaluator when = new WhenEvaluator(interpreter, build.cause(),
                new BuildChanges(p.history(), p.mirror()).lazily(build, job, services.log()));
        BuildExecution execution = new BuildExecution(new BuildExecution.Setup(build, loaded.pipeline(), control,
                new StepDispatch.Frame(root, new StageScope("pipeline")), stages, state, dispatch,
                when, new EnvironmentBinder(interpreter, dispatch), branches, timers, envWrites));
        BuildStatus status = hooks.finished(build, loaded.pipeline(), execution.run(), root);
        for (BuildExtender extender : extenders) {
            extender.ended(running, root, status);
        }
        return status;
    }

    private static Map<String, String> environment(Build build, Job job, Path workspace) {
        Map<String, String> env = new LinkedHashMap<>();
        build.parameters().forEach((k, v) -> env.put(k, v == null ? "" : String.valueOf(v)));
        env.put("BUILD_NUMBER", Integer.toString(build.number()));
        env.put("BUILD_ID", Integer.toString(build.number()));
        env.put("BUILD_DISPLAY_NAME", "#" + build.number());
        env.put("JOB_NAME", build.job());
        env.put("JOB_BASE_NAME", build.job());
        env.put("BUILD_TAG", "slipway-" + build.job() + "-" + build.number());
        env.put("WORKSPACE", workspace.toString());
        if (job.source() instanceof GitSource git) {
            env.put("BRANCH_NAME", git.branch());
            env.put("GIT_BRANCH", git.branch());
            env.put("GIT_URL", git.url());
            if (build.commit() != null) {
                env.put("GIT_COMMIT", build.commit());
            }
        }
        env.putAll(build.scm());
        return env;
    }

    /**
     * The {@code scm} global; on a remote agent its URL is the job's own repository URL, since the server's
     * mirror is not reachable from there.
     */
    private Optional<Map<String, Object>> scm(Job job, Build build, boolean remote) {
        if (job.source() instanceof GitSource git) {
            Map<String, Object> scm = new LinkedHashMap<>();
            scm.put("url", remote ? git.url() : p.mirror().dir(job.name()).toUri().toString());
            scm.put("branch", build.scm().getOrDefault("BRANCH_NAME", git.branch()));
            if (build.ref() != null) {
                scm.put("ref", build.ref());
            }
            scm.put("commit", build.commit());
            return Optional.of(scm);
        }
        return Optional.empty();
    }

    /**
     * A build whose agent was lost goes back to the queue when its pipeline retries on agent loss and attempts
     * remain; the next claim runs it from the start (on any agent that matches), appending to the same log.
     */
    private boolean requeueAfterAgentLoss(Build build, RemoteAgents remote, LoadedPipeline loaded, MaskingLogSink log) {
        String key = build.job() + "#" + build.number();
        if (remote == null || remote.lost().isEmpty() || loaded == null || requeue == null
                || !RemoteAgents.retriesOnAgentLoss(loaded.pipeline())) {
            agentLosses.remove(key);
            return false;
        }
        int attempts = Math.max(1, loaded.pipeline().options().retry().orElse(1));
        int losses = agentLosses.merge(key, 1, Integer::sum);
        if (losses >= attempts) {
            agentLosses.remove(key);
            return false;
        }
        log.line(remote.lost().get() + "; the build goes back to the queue (attempt " + (losses + 1) + " of "
                + attempts + ")");
        return requeue.requeue(build.job(), build.number()) == 1;
    }

    /** What a remote agent checks out for this build: the job's repository at the build's commit, if any. */
    private Optional<Map<String, Object>> agentCheckout(Job job, Build build, LoadedPipeline loaded) {
        if (loaded.pipeline().options().skipDefaultCheckout()) {
            return Optional.empty();
        }
        return scm(job, build, true);
    }

    private void deleteSecrets(Build build) {
        Path secrets = p.logs().buildDir(build.job(), build.number()).resolve("secrets");
        if (!Files.exists(secrets)) {
            return;
        }
        try (var files = Files.walk(secrets)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete secret files of {} #{}: {}", build.job(), build.number(), e.toString());
        }
    }

    /** The {@link EvalContext} scripts see: environment of the step running on this thread. */
    private record BuildEvalContext(Map<String, Object> params, StepDispatch dispatch, StepContext root,
            BuildState state, Optional<Map<String, Object>> scm, ScriptEnv.Writes envWrites) implements EvalContext {

        @Override
        public Map<String, String> env() {
            return new ScriptEnv(dispatch.current().map(f -> f.ctx().env()).orElse(root.env()), envWrites);
        }

        @Override
        public io.slipway.dsl.expr.CurrentBuildView currentBuild() {
            return state;
        }

        @Override
        public io.slipway.dsl.expr.StepInvoker steps() {
            return dispatch;
        }

        @Override
        public Optional<Object> global(String name) {
            return "scm".equals(name) ? scm.map(m -> m) : Optional.empty();
        }
    }
}
