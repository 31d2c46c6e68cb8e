package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;

/** {@code pwd()}: the current directory's absolute path. */
public final class PwdStep implements StepExecutor {

    @Override
    public String step() {
        return "pwd";
    }

    @Override
    public io.slipway.agent.step.StepPlacement placement() {
        return io.slipway.agent.step.StepPlacement.WORKSPACE;
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        return StepResult.of(ctx.cwd().toString());
    }
}
