package io.slipway.server.run;

import io.slipway.agent.step.RemoteWorkspace;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.dsl.model.AgentSpec;
import io.slipway.server.agent.AgentLease;
import io.slipway.server.agent.AgentPool;
import io.slipway.server.agent.BuildRef;
import io.slipway.server.agent.LabelSyntaxError;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a build, or one stage of it, on a remote agent: takes an executor from the {@link AgentPool} for the
 * {@code agent} directive, binds a step context to the agent's workspace (its paths, {@code WORKSPACE},
 * {@code NODE_NAME}, and the lease as the context's {@link RemoteWorkspace}, through which workspace steps run
 * there), checks the job's commit out there, and wires the agent's loss to the build's abort. Offered to
 * {@link BuildExecution} in the build's extensions, for stage-level agents. One per build.
 */
final class RemoteAgents {

    private final AgentPool pool;
    private final BuildRef build;
    private final BuildControl control;
    private final Optional<Map<String, Object>> checkout;
    private volatile String lost;

    /**
     * @param checkout the {@code checkout} step's SCM map for the job's commit (URL the agent can reach), or
     *        empty when nothing is checked out (inline pipeline, {@code skipDefaultCheckout})
     */
    RemoteAgents(AgentPool pool, BuildRef build, BuildControl control, Optional<Map<String, Object>> checkout) {
        this.pool = pool;
        this.build = build;
        this.control = control;
        this.checkout = checkout;
    }

    /** An executor for {@code spec}, or empty when it runs on the server; a bad label fails naming its position. */
    Optional<AgentLease> acquire(AgentSpec spec, io.slipway.agent.log.LogSink log) throws InterruptedException {
        Optional<AgentLease> lease;
        try {
            lease = pool.acquire(build, spec, control, log);
        } catch (LabelSyntaxError e) {
            throw new StepFailure(spec.pos() + ": " + e.getMessage());
        }
        lease.ifPresent(l -> l.onLost(reason -> {
            lost = reason;
            control.abort(reason);
        }));
        return lease;
    }

    /**
     * The label to park the build for when {@code spec} asks for one that no agent connected to this server can
     * take now (so that the build waits in the queue, where a server with such an agent claims it); empty when it
     * can run here now or needs no agent.
     */
    Optional<String> parkFor(AgentSpec spec) {
        Optional<String> label = AgentPool.labelOf(spec);
        try {
            return label.filter(l -> !pool.hasFreeExecutor(l));
        } catch (LabelSyntaxError e) {
            throw new StepFailure(spec.pos() + ": " + e.getMessage());
        }
    }

    /** Why an agent of this build was lost, if one was (the build was aborted with that reason). */
    Optional<String> lost() {
        return Optional.ofNullable(lost);
    }

    /**
     * Whether the pipeline runs again when its agent is lost: {@code options { retry(count: n, conditions:
     * [agent()]) }} (Jenkins' syntax; {@code kubernetesAgent()} counts too).
     */
    static boolean retriesOnAgentLoss(io.slipway.dsl.model.Pipeline pipeline) {
        return pipeline.options().retryConditions().stream()
                .anyMatch(c -> c.equals("agent") || c.equals("kubernetesAgent"));
    }

    /** {@code ctx} moved onto the lease's agent: its workspace, environment and remote step runner. */
    StepContext bind(StepContext ctx, AgentLease lease) {
        Path workspace = lease.workspace(build.job());
        Map<String, String> env = new HashMap<>(ctx.env());
        env.put("WORKSPACE", workspace.toString());
        env.put("NODE_NAME", lease.agent());
        env.put("PWD", workspace.toString());
        return new StepContext(workspace, workspace, env, ctx.services().withExtensions(
                ctx.services().extensions().with(RemoteWorkspace.class, lease)));
    }

    /** Checks the job's commit out into the agent's workspace (a no-op for inline pipelines). */
    void checkOut(StepContext bound, AgentLease lease) throws InterruptedException {
        if (checkout.isPresent()) {
            lease.run(new StepCall("checkout", List.of(checkout.get()), Map.of(), Optional.empty(), "checkout"), bound);
        }
    }
}
