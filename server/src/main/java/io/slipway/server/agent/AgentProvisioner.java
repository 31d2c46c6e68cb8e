package io.slipway.server.agent;

import io.slipway.agent.log.LogSink;
import io.slipway.dsl.model.AgentSpec;
import java.util.Optional;

/**
 * Launches an agent for one build on demand (a Kubernetes pod, a cloud machine). The engine asks every
 * registered provisioner, in registration order, when a build or stage needs an agent of a kind that is not
 * {@code any}, {@code none}, {@code label} or {@code node} (for example {@code agent { kubernetes { ... } }});
 * the first one that answers provides it. The provisioner usually issues an ephemeral agent token with
 * {@link AgentRegistry#issue} for a unique label and starts a process running the agent jar with
 * {@code --labels <that label> --executors 1}; the engine then waits (abortably) until an agent with
 * {@link Provisioned#label()} is online and runs the build or stage there. {@link Provisioned#release()} is
 * called exactly once when the build or stage is done with it, also when it failed or was aborted, and also
 * when no agent ever came. Called on the build's thread; implementations must be thread-safe.
 */
public interface AgentProvisioner {

    /**
     * An agent for {@code spec}, or empty when this provisioner does not handle that kind of spec.
     *
     * @param log the build's log, for lines such as "Created pod x"
     * @throws io.slipway.agent.step.StepFailure when it handles the spec but cannot provide an agent (a
     *         message naming why, shown in the build log)
     */
    Optional<Provisioned> provision(BuildRef build, AgentSpec spec, LogSink log) throws InterruptedException;

    /** An agent a provisioner is bringing up for a build. */
    interface Provisioned {

        /** A label expression that only the provisioned agent matches (usually one unique label). */
        String label();

        /** Tears the agent down (deletes the pod, revokes its token). Called once; must not throw. */
        void release();
    }
}
