package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;

/** {@code echo 'text'}: one line (or several) in the log. */
public final class EchoStep implements StepExecutor {

    @Override
    public String step() {
        return "echo";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        String message = call.main("message").map(String::valueOf).orElse("");
        message.lines().forEach(ctx.log()::line);
        if (message.isEmpty()) {
            ctx.log().line("");
        }
        return StepResult.none();
    }
}
