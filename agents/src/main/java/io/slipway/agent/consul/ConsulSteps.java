package io.slipway.agent.consul;

import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import java.util.List;

/** The Consul steps over one shared {@link ConsulRegistry}; and how a step finds the build's Consul agent. */
public final class ConsulSteps {

    private ConsulSteps() {
    }

    public static List<StepExecutor> all(ConsulRegistry registry) {
        return List.of(new ConsulRegisterStep(registry), new ConsulDeregisterStep(registry));
    }

    /** The build's Consul agent; its token is masked in the build's log from now on. */
    public static ConsulSettings settings(StepContext ctx) {
        ConsulSettings settings = ctx.services().extensions().require(ConsulSettings.class);
        if (settings.token() != null) {
            ctx.services().masker().add(settings.token());
        }
        return settings;
    }
}
