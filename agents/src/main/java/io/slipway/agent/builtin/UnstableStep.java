package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;

/** {@code unstable 'why'}: marks the build and stage UNSTABLE and goes on. */
public final class UnstableStep implements StepExecutor {

    @Override
    public String step() {
        return "unstable";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        ctx.log().line("WARNING: " + call.main("message").map(String::valueOf).orElse("unstable"));
        return StepResult.marking("UNSTABLE");
    }
}
