package io.slipway.agent.consul;

import io.slipway.agent.arguments.ReleaseArguments;
import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.Optional;
import java.util.Set;

/**
 * {@code consulDeregister(id: 'shop-blue')} or {@code consulDeregister 'shop-blue'}: removes a service instance
 * from the Consul agent of {@link ConsulSettings}. An id Consul does not hold is no error (the log says so, and
 * nothing is recorded); otherwise a {@code consul.service} change with the entry as before and null after.
 */
public final class ConsulDeregisterStep implements StepExecutor {

    private static final Set<String> ARGUMENTS = Set.of("id");

    private final ConsulRegistry registry;

    public ConsulDeregisterStep(ConsulRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String step() {
        return "consulDeregister";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) {
        ReleaseArguments args = ReleaseArguments.of(call, ARGUMENTS);
        String id = args.requiredText("id");
        ConsulSettings settings = ConsulSteps.settings(ctx);
        return StepResult.of(deregister(registry, settings, id, ctx, "consulDeregister"));
    }

    /** Deregisters {@code id} and records it; false when Consul did not hold it. Shared with {@code drain}. */
    public static boolean deregister(ConsulRegistry registry, ConsulSettings settings, String id, StepContext ctx,
            String step) {
        Optional<ConsulEntry> before = registry.find(settings, id);
        if (before.isEmpty()) {
            ctx.log().line(step + ": '" + id + "' is not registered at " + settings + "; nothing changed");
            return false;
        }
        registry.deregister(settings, id);
        ctx.changes().record(new ChangeLog.Change("consul.service", id, before.get().toJsonText(), null));
        ctx.log().line(step + ": deregistered '" + id + "' (service '" + before.get().service() + "') at " + settings);
        return true;
    }
}
