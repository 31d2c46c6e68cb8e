package io.slipway.server.agent;

import io.slipway.agent.credentials.SecretFileStep;
import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.remote.protocol.Messages;
import io.slipway.agent.step.RemoteWorkspace;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import io.slipway.agent.tests.TestReport;
import io.slipway.agent.tests.TestResultRecorder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One executor of a remote agent held by a build (or by one stage): the build's workspace on that agent and
 * the {@link RemoteWorkspace} through which the engine runs the build's workspace steps there. When the agent
 * goes offline, the lease's {@code onLost} hears why (the engine aborts the build with that reason, or runs it
 * again), and calls in flight fail. {@link #close} gives the executor back (and releases a provisioned agent).
 */
public final class AgentLease implements RemoteWorkspace, AutoCloseable {

    private final AgentSession session;
    private final BuildRef build;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Consumer<String> onLost = reason -> { };
    private volatile String lostReason;
    private volatile String workspaceName;
    private final List<SecretFile> secretFiles = new java.util.concurrent.CopyOnWriteArrayList<>();

    AgentLease(AgentSession session, BuildRef build, Runnable onClose) {
        this.session = session;
        this.build = build;
        this.onClose = onClose;
    }

    /** The agent's name as shown (its {@code --name}, else the name its token was created with). */
    public String agent() {
        return session.displayName();
    }

    public BuildRef build() {
        return build;
    }

    /**
     * Where the build's workspace is on the agent: {@code <work-dir>/workspace/<job>} as Jenkins lays it out
     * ({@code <job>@2} while another build of the job holds the first on the same agent).
     */
    public Path workspace(String job) {
        String name = workspaceName;
        return Path.of(session.workDir(), "workspace", name != null ? name : job.replace('/', '_'));
    }

    String workspaceName() {
        return workspaceName;
    }

    void workspaceName(String name) {
        this.workspaceName = name;
    }

    /** Tells {@code listener} once if the agent goes offline while this lease is held. */
    public void onLost(Consumer<String> listener) {
        this.onLost = listener;
        String reason = lostReason;
        if (reason != null) {
            listener.accept(reason);
        }
    }

    /** Why the agent was lost, if it was. */
    public Optional<String> lostReason() {
        return Optional.ofNullable(lostReason);
    }

    void lost(String reason) {
        lostReason = reason;
        onLost.accept(reason);
    }

    @Override
    public String describe() {
        return "agent " + session.displayName();
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        String id = UUID.randomUUID().toString();
        Map<String, String> env = new TreeMap<>(ctx.env());
        Message.RunStep request = new Message.RunStep(id, build.job(), build.number(), call.name(), call.args(),
                call.named(), call.location(), ctx.workspace().toString(), ctx.cwd().toString(), env,
                List.copyOf(ctx.services().masker().values()));
        CompletableFuture<Message.Result> pending = session.run(request, ctx.log());
        Message.Result result;
        try {
            result = pending.get();
        } catch (InterruptedException e) {
            session.cancel(id);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AgentOffline offline) {
                throw new StepFailure(call.location() + ": " + call.name() + ": " + offline.getMessage(), "ABORTED");
            }
            throw new StepFailure(call.location() + ": " + call.name() + " on " + describe() + ": " + e.getCause());
        }
        if (result.interrupted()) {
            throw new InterruptedException(call.name() + " was stopped on " + describe());
        }
        if (result.tests() != null) {
            TestReport report = Messages.mapper().convertValue(result.tests(), TestReport.class);
            ctx.services().extensions().require(TestResultRecorder.class).record(report);
        }
        if (result.failure() != null) {
            throw new StepFailure(result.failure(), result.failureResult() == null ? "FAILURE" : result.failureResult());
        }
        return new StepResult(result.value(), result.buildResult(), result.stageResult());
    }

    /**
     * Writes a secret file on the agent that stays for the rest of this lease ({@code environment { X =
     * credentials('id') }} of a file or SSH key: the stage's, or the whole build's for a pipeline-level agent),
     * and is deleted when the lease closes; its path on the agent. Written and deleted as {@code withCredentials}
     * does ({@link SecretFileStep}).
     */
    public String writeSecretFile(String content, StepContext ctx) throws InterruptedException {
        Object written = run(new StepCall(SecretFileStep.WRITE, List.of(), Map.of("content", content == null ? ""
                : content), Optional.empty(), "environment"), ctx).value();
        String path = String.valueOf(written);
        secretFiles.add(new SecretFile(path, ctx));
        return path;
    }

    private record SecretFile(String path, StepContext ctx) {
    }

    /** Deletes the lease's secret files on the agent; an abort's interrupt waits until that is done. */
    private void deleteSecretFiles() {
        boolean interrupted = Thread.interrupted();
        try {
            for (SecretFile file : secretFiles) {
                try {
                    run(new StepCall(SecretFileStep.DELETE, List.of(), Map.of("path", file.path()), Optional.empty(),
                            "environment"), file.ctx());
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (RuntimeException e) {
                    file.ctx().log().line("environment: a secret file could not be deleted on " + describe() + ": "
                            + file.ctx().services().masker().mask(String.valueOf(e.getMessage()))
                            + " (the agent deletes it when it next connects with no build on it)");
                }
            }
            secretFiles.clear();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Deletes the lease's secret files on the agent, then gives the executor back; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                deleteSecretFiles();
            } finally {
                session.release(this);
                onClose.run();
            }
        }
    }
}
