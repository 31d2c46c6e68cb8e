package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.time.Duration;

/** {@code sleep 5} or {@code sleep time: 100, unit: 'MILLISECONDS'}: waits; an abort wakes it. */
public final class SleepStep implements StepExecutor {

    @Override
    public String step() {
        return "sleep";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        Duration duration = TimeUnits.duration(call.requiredNumber("time"), call.text("unit", "SECONDS"),
                call.location());
        ctx.log().line("Sleeping for " + duration.toMillis() + " ms");
        Thread.sleep(duration.toMillis());
        return StepResult.none();
    }
}
