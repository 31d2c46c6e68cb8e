package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;

/** {@code error 'message'}: fails the step (and so the build, unless something catches it). */
public final class ErrorStep implements StepExecutor {

    @Override
    public String step() {
        return "error";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        throw new StepFailure(call.main("message").map(String::valueOf).orElse("error"));
    }
}
