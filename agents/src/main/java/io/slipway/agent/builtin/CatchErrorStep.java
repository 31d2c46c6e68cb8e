package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;

/**
 * {@code catchError(buildResult: 'FAILURE', stageResult: 'FAILURE', message: '...') { ... }}: a
 * failure in the block marks the build and stage with those results (both FAILURE by default) and
 * the pipeline goes on. An abort is not caught.
 */
public final class CatchErrorStep implements StepExecutor {

    @Override
    public String step() {
        return "catchError";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        try {
            return StepResult.of(call.requiredBody().run(ctx));
        } catch (StepFailure failure) {
            ctx.log().line("ERROR: " + failure.getMessage());
            call.arg("message").ifPresent(m -> ctx.log().line(String.valueOf(m)));
            return new StepResult(null, result(call, "buildResult"), result(call, "stageResult"));
        }
    }

    /** FAILURE when not given; an explicit null (or SUCCESS) leaves the result alone. */
    private static String result(StepCall call, String key) {
        if (!call.named().containsKey(key)) {
            return "FAILURE";
        }
        Object value = call.named().get(key);
        return value == null || "SUCCESS".equals(String.valueOf(value)) ? null : String.valueOf(value);
    }
}
