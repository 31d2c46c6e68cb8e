package io.slipway.server.run;

import io.slipway.agent.step.InputGate;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.dsl.model.Input;
import io.slipway.dsl.model.Options;
import io.slipway.dsl.model.Pipeline;
import io.slipway.dsl.model.Post;
import io.slipway.dsl.model.PostBlock;
import io.slipway.dsl.model.Stage;
import io.slipway.dsl.model.StageBody;
import io.slipway.dsl.model.Value;
import io.slipway.dsl.model.When;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.run.StepDispatch.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Walks one build's pipeline model: the pipeline's environment, its stages in order (nested and
 * parallel ones too) with each stage's {@code when}, input, options, environment, steps and post, then
 * the pipeline's post conditions. A failure marks the stage and the build and skips the stages after
 * it; post blocks still run. Per build; parallel branches run on their own threads.
 */
final class BuildExecution {

    /** What a build execution needs, bundled. */
    record Setup(Build build, Pipeline pipeline, BuildControl control, Frame root, StageRecorder stages,
            BuildState state, StepDispatch dispatch, WhenEvaluator when, EnvironmentBinder environment,
            ExecutorService branches, ScheduledExecutorService timers, ScriptEnv.Writes envWrites) {
    }

    private final Setup s;
    private final AtomicBoolean stopStages = new AtomicBoolean();

    BuildExecution(Setup setup) {
        this.s = setup;
    }

    /** Runs the pipeline and its post blocks; returns the build's result. */
    BuildStatus run() {
        Pipeline pipeline = s.pipeline();
        Optional<ScheduledFuture<?>> timeout = pipeline.options().timeout().map(t -> s.timers().schedule(
                () -> s.control().abort("timeout after " + t.time() + " " + t.unit()),
                t.duration().toMillis(), TimeUnit.MILLISECONDS));
        try {
            s.environment().bind(pipeline.environment(), s.root());
            runAttempts(pipeline);
        } catch (StepFailure e) {
            log(s.root(), "ERROR: " + e.getMessage());
            s.state().worsen(BuildStatus.valueOf(e.result()));
        } catch (InterruptedException | StepDispatch.BuildInterrupted e) {
            s.state().worsen(BuildStatus.ABORTED);
        } finally {
            timeout.ifPresent(f -> f.cancel(false));
            Thread.interrupted();
        }
        if (s.control().isCancelled()) {
            s.state().worsen(BuildStatus.ABORTED);
            log(s.root(), "Aborted: " + s.control().abortReason());
        }
        s.state().enterPost();
        runPost(pipeline.post(), s.root(), () -> s.state().status(), "Declarative: Post Actions");
        return s.state().status();
    }

    /**
     * The pipeline's stages, again from the first while they fail and {@code options { retry(n) }} allows
     * (n attempts in all). As Jenkins' retry around the stages, a later attempt that passes leaves the
     * build as it was before the failed one; the stages of every attempt stay in the record. Aborts and
     * timeouts are not retried.
     */
    private void runAttempts(Pipeline pipeline) throws InterruptedException {
        // retry(count: n, conditions: [agent()]) retries only what its conditions name (an agent lost: the runner
        // re-queues the build); without conditions it retries on any failure
        int attempts = pipeline.options().retryConditions().isEmpty()
                ? Math.max(1, pipeline.options().retry().orElse(1)) : 1;
        for (int attempt = 1; ; attempt++) {
            BuildStatus before = s.state().status();
            try {
                runStages(pipeline.stages(), null, s.root());
            } catch (StepFailure e) {
                log(s.root(), "ERROR: " + e.getMessage());
                s.state().worsen(BuildStatus.valueOf(e.result()));
            }
            boolean failed = s.state().status() == BuildStatus.FAILURE;
            if (!failed || attempt >= attempts || s.control().isCancelled()) {
                return;
            }
            log(s.root(), "Retrying the pipeline (attempt " + (attempt + 1) + " of " + attempts + ")");
            s.state().restore(before);
            stopStages.set(false);
        }
    }

    /** Runs stages one after another; returns the worst of their results. */
    private BuildStatus runStages(List<Stage> stages, String parent, Frame outer) throws InterruptedException {
        BuildStatus worst = BuildStatus.SUCCESS;
        for (Stage stage : stages) {
            boolean afterUnstable = s.pipeline().options().skipStagesAfterUnstable()
                    && s.state().status() == BuildStatus.UNSTABLE;
            if (stopStages.get() || s.control().isCancelled() || afterUnstable) {
                log(outer, "Stage \"" + stage.name() + "\" skipped due to earlier "
                        + (afterUnstable ? "unstable result" : "failure(s)"));
                s.stages().skipped(stage.name(), parent);
                continue;
            }
            worst = worst.worst(runStage(stage, parent, outer));
        }
        return worst;
    }

    private BuildStatus runStage(Stage stage, String parent, Frame outer) {
        StageScope scope = new StageScope(stage.name());
        StepContext ctx = outer.ctx().withEnv(Map.of("STAGE_NAME", stage.name()));
        s.envWrites().applyTo(ctx.env());
        Frame frame = new Frame(ctx, scope);
        Optional<When> when = stage.when();
        if (when.filter(w -> w.beforeOptions() || w.beforeInput()).isPresent() && !whenHolds(when.get(), frame)) {
            return skipped(stage, parent, frame);
        }
        log(frame, "--- Stage \"" + stage.name() + "\" ---");
        int index = s.stages().start(stage.name(), parent);
        boolean ran = true;
        Optional<io.slipway.server.agent.AgentLease> agent = Optional.empty();
        try {
            Optional<RemoteAgents> remote = stage.agent().flatMap(a -> ctx.services().extensions().find(RemoteAgents.class));
            if (remote.isPresent()) {
                agent = remote.get().acquire(stage.agent().get(), ctx.log());
                if (agent.isPresent()) {
                    frame = new Frame(remote.get().bind(ctx, agent.get()), scope);
                    remote.get().checkOut(frame.ctx(), agent.get());
                }
            }
            ran = runGuarded(stage, frame, when);
        } catch (StepFailure e) {
            log(frame, "ERROR: " + e.getMessage());
            fail(scope, BuildStatus.valueOf(e.result()));
        } catch (InterruptedException | StepDispatch.BuildInterrupted e) {
            Thread.interrupted();
            scope.worsen(BuildStatus.ABORTED);
            if (s.control().isCancelled()) {
                s.state().worsen(BuildStatus.ABORTED);
            }
            stopStages.set(true);
        }
        if (!ran) {
            agent.ifPresent(io.slipway.server.agent.AgentLease::close);
            log(frame, "Stage \"" + stage.name() + "\" skipped due to when conditional");
            s.stages().end(index, io.slipway.server.build.StageStatus.SKIPPED);
            return BuildStatus.SUCCESS;
        }
        try {
            runPost(stage.post(), frame, scope::result, stage.name() + ": post");
        } finally {
            agent.ifPresent(io.slipway.server.agent.AgentLease::close);
        }
        s.stages().end(index, scope.stageStatus());
        return scope.result();
    }

    /** Options (timeout, retry) around input, the remaining {@code when} checks and the body. */
    private boolean runGuarded(Stage stage, Frame frame, Optional<When> when) throws InterruptedException {
        Options options = stage.options();
        long attempts = Math.max(1, options.retry().orElse(1));
        Thread worker = Thread.currentThread();
        AtomicBoolean expired = new AtomicBoolean();
        Optional<ScheduledFuture<?>> timer = options.timeout().map(t -> s.timers().schedule(() -> {
            expired.set(true);
            worker.interrupt();
        }, t.duration().toMillis(), TimeUnit.MILLISECONDS));
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return runInputWhenBody(stage, frame, when);
                } catch (StepFailure e) {
                    if (attempt >= attempts) {
                        throw e;
                    }
                    log(frame, "ERROR: " + e.getMessage());
                    log(frame, "Retrying stage \"" + stage.name() + "\" (attempt " + (attempt + 1) + " of " + attempts + ")");
                }
            }
        } catch (InterruptedException | StepDispatch.BuildInterrupted e) {
            if (expired.get() && !s.control().isCancelled()) {
                Thread.interrupted();
                throw new StepFailure("Timeout has been exceeded in stage \"" + stage.name() + "\"", "ABORTED");
            }
            throw e;
        } finally {
            timer.ifPresent(t -> t.cancel(false));
        }
    }

    private boolean runInputWhenBody(Stage stage, Frame frame, Optional<When> when) throws InterruptedException {
        if (stage.input().isPresent()) {
            askInput(stage.input().get(), frame);
        }
        if (when.filter(w -> !w.beforeOptions() && !w.beforeInput()).isPresent() && !whenHolds(when.get(), frame)) {
            return false;
        }
        s.environment().bind(stage.environment(), frame);
        StageBody body = stage.body();
        if (body instanceof StageBody.StepsBody steps) {
            s.dispatch().runSteps(steps.steps(), frame);
        } else if (body instanceof StageBody.SequentialBody nested) {
            frame.stage().worsen(runStages(nested.stages(), stage.name(), frame));
        } else if (body instanceof StageBody.ParallelBody parallel) {
            boolean failFast = stage.failFast() || s.pipeline().options().parallelsAlwaysFailFast();
            frame.stage().worsen(runParallel(parallel.stages(), stage.name(), frame, failFast));
        } else {
            throw new StepFailure(stage.pos() + ": matrix stages are not supported by this engine yet");
        }
        return true;
    }

    /** Runs branches at once; with failFast, the first failure aborts the others. */
    private BuildStatus runParallel(List<Stage> branches, String parent, Frame outer, boolean failFast)
            throws InterruptedException {
        List<Future<BuildStatus>> futures = new ArrayList<>();
        CompletionService<BuildStatus> done = new ExecutorCompletionService<>(s.branches());
        CountDownLatch finished = new CountDownLatch(branches.size());
        s.stages().declareBranches(parent, branches.stream().map(Stage::name).toList());
        for (Stage branch : branches) {
            StepContext branchCtx = outer.ctx().withServices(outer.ctx().services()
                    .withLog(line -> outer.ctx().log().line("[" + branch.name() + "] " + line)));
            Frame branchFrame = new Frame(branchCtx, outer.stage());
            futures.add(done.submit(() -> {
                s.control().enter();
                try {
                    return runStage(branch, parent, branchFrame);
                } finally {
                    s.control().leave();
                    finished.countDown();
                }
            }));
        }
        BuildStatus worst = BuildStatus.SUCCESS;
        boolean failedFast = false;
        try {
            for (int i = 0; i < futures.size(); i++) {
                BuildStatus result = await(done.take());
                // Branches stopped by failFast show ABORTED themselves; the stage fails with the failure.
                if (!(failedFast && result == BuildStatus.ABORTED)) {
                    worst = worst.worst(result);
                }
                if (failFast && !failedFast && result.severity() >= BuildStatus.FAILURE.severity()) {
                    failedFast = true;
                    futures.forEach(f -> f.cancel(true));
                }
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        // A cancelled branch reports at once; wait until its thread has recorded the stage's end.
        finished.await(10, TimeUnit.SECONDS);
        return worst;
    }

    private static BuildStatus await(Future<BuildStatus> future) throws InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.CancellationException e) {
            return BuildStatus.ABORTED;
        } catch (ExecutionException e) {
            throw new IllegalStateException("parallel branch crashed", e.getCause());
        }
    }

    private void askInput(Input input, Frame frame) throws InterruptedException {
        String message = input.message() instanceof Value.Literal l ? l.text() : "Proceed?";
        String id = input.id().orElse(message.replaceAll("[^A-Za-z0-9]", ""));
        List<String> names = input.parameters().stream().map(p -> p.name()).toList();
        InputGate.Answer answer = frame.ctx().services().inputs().await(new InputGate.Request(id, message,
                input.ok().orElse("Proceed"), input.submitter().orElse(null), names),
                () -> log(frame, "Input requested: " + message + " (answer at POST .../input/" + id + ")"));
        if (!answer.proceed()) {
            throw new StepFailure("Input \"" + id + "\" aborted by " + answer.by(), "ABORTED");
        }
        log(frame, "Approved by " + answer.by());
        Map<String, String> values = new LinkedHashMap<>();
        answer.parameters().forEach((k, v) -> values.put(k, String.valueOf(v)));
        input.submitterParameter().ifPresent(p -> values.put(p, answer.by()));
        frame.ctx().env().putAll(values);
    }

    private boolean whenHolds(When when, Frame frame) {
        try {
            return s.dispatch().within(frame, () -> s.when().holds(when, s.dispatch().evalContext()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            throw new StepFailure("when of stage \"" + frame.stage().name() + "\": " + e.getMessage());
        }
    }

    private BuildStatus skipped(Stage stage, String parent, Frame frame) {
        log(frame, "Stage \"" + stage.name() + "\" skipped due to when conditional");
        s.stages().skipped(stage.name(), parent);
        return BuildStatus.SUCCESS;
    }

    private void fail(StageScope scope, BuildStatus result) {
        scope.worsen(result);
        s.state().worsen(result);
        stopStages.set(true);
    }

    /** Runs the post blocks whose condition holds for {@code result}; a failing block fails the build. */
    private void runPost(Post post, Frame outer, Supplier<BuildStatus> result, String label) {
        if (post.blocks().isEmpty()) {
            return;
        }
        Frame frame = new Frame(outer.ctx().withServices(outer.ctx().services().withCancellation(() -> false)),
                outer.stage());
        Optional<BuildStatus> previous = s.state().previous().map(Build::status);
        for (PostBlock block : post.blocks()) {
            if (!PostConditions.holds(block.condition(), result.get(), previous)) {
                continue;
            }
            log(frame, "--- " + label + " (" + block.condition().word() + ") ---");
            try {
                s.dispatch().runSteps(block.steps(), frame);
            } catch (StepFailure e) {
                log(frame, "ERROR: " + e.getMessage());
                outer.stage().worsen(BuildStatus.FAILURE);
                s.state().worsen(BuildStatus.FAILURE);
            } catch (InterruptedException | StepDispatch.BuildInterrupted e) {
                Thread.interrupted();
                log(frame, "post block interrupted");
                return;
            }
        }
    }

    private static void log(Frame frame, String line) {
        frame.ctx().log().line(line);
    }
}
