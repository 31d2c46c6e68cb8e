package io.slipway.agent.kube;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;

/**
 * {@code container('name') { ... }} of Jenkins' Kubernetes plugin. Steps of a Kubernetes pod agent run in the
 * pod's {@value #AGENT_CONTAINER} container; running them in another container needs exec into it, which
 * is not supported yet, so any other name fails naming the call's position. {@code container('slipway-agent')}
 * (where the steps run anyway) runs its block.
 */
public final class ContainerStep implements StepExecutor {

    /** The container of a pod agent in which its steps run. */
    public static final String AGENT_CONTAINER = "slipway-agent";

    @Override
    public String step() {
        return "container";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        String name = call.requiredText("name");
        if (!AGENT_CONTAINER.equals(name)) {
            throw new StepFailure(call.location() + ": container('" + name + "') is not supported yet: steps of a"
                    + " kubernetes agent run in its '" + AGENT_CONTAINER + "' container (give that container the"
                    + " image your steps need in the pod's yaml)");
        }
        return StepResult.of(call.requiredBody().run(ctx));
    }
}
