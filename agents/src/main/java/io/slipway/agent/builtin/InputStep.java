package io.slipway.agent.builtin;

import io.slipway.agent.step.InputGate;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.util.List;

/**
 * {@code input message: 'Deploy?', id: 'deploy', submitter: 'alice'}: the build waits until someone
 * allowed answers through the API. Proceed goes on (the value is the submitter, or the answered
 * parameters); abort ends the build ABORTED.
 */
public final class InputStep implements StepExecutor {

    @Override
    public String step() {
        return "input";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        String message = call.requiredText("message");
        String id = call.text("id", message.replaceAll("[^A-Za-z0-9]", ""));
        InputGate.Answer answer = ctx.services().inputs().await(new InputGate.Request(id, message,
                call.text("ok", "Proceed"), call.text("submitter", null), List.of()),
                () -> ctx.log().line("Input requested: " + message + " (answer at POST .../input/" + id + ")"));
        if (!answer.proceed()) {
            throw new StepFailure("Input \"" + id + "\" aborted by " + answer.by(), "ABORTED");
        }
        ctx.log().line("Approved by " + answer.by());
        return StepResult.of(answer.parameters().isEmpty() ? answer.by() : answer.parameters());
    }
}
