package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;

/**
 * {@code retry(3) { ... }}: runs the block until it succeeds, at most that many times. An abort is
 * never retried.
 */
public final class RetryStep implements StepExecutor {

    @Override
    public String step() {
        return "retry";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        long count = call.requiredNumber("count");
        StepFailure last = null;
        for (int attempt = 1; attempt <= Math.max(1, count); attempt++) {
            ctx.cancellation().check();
            try {
                return StepResult.of(call.requiredBody().run(ctx));
            } catch (StepFailure failure) {
                last = failure;
                ctx.log().line("ERROR: " + failure.getMessage());
                if (attempt < count) {
                    ctx.log().line("Retrying (attempt " + (attempt + 1) + " of " + count + ")");
                }
            }
        }
        throw last;
    }
}
