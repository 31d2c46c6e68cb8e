package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code withEnv(['A=1', 'B=2']) { ... }}: runs the block with extra environment variables. */
public final class WithEnvStep implements StepExecutor {

    @Override
    public String step() {
        return "withEnv";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        Object value = call.main("overrides").orElse(List.of());
        if (!(value instanceof List<?> list)) {
            throw new StepFailure(call.location() + ": withEnv needs a list such as ['NAME=value']");
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Object item : list) {
            String text = String.valueOf(item);
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new StepFailure(call.location() + ": withEnv: '" + text + "' is not NAME=value");
            }
            overrides.put(text.substring(0, eq), text.substring(eq + 1));
        }
        return StepResult.of(call.requiredBody().run(ctx.withEnv(overrides)));
    }
}
