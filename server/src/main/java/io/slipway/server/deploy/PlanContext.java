package io.slipway.server.deploy;

import io.slipway.dsl.expr.CurrentBuildView;
import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.expr.StepInvocation;
import io.slipway.dsl.expr.StepInvoker;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan evaluates step arguments with: the build's parameters, {@code currentBuild} and globals as the
 * waiting build sees them, over an environment of the planner's own (so planning never changes the build's),
 * and no steps: an argument that needs a step ({@code readFile('VERSION')}) cannot be known before it runs.
 */
final class PlanContext implements EvalContext {

    private final EvalContext build;
    private final Map<String, String> env;

    PlanContext(EvalContext build, Map<String, String> env) {
        this.build = build;
        this.env = env;
    }

    @Override
    public Map<String, Object> params() {
        return build.params();
    }

    @Override
    public Map<String, String> env() {
        return env;
    }

    @Override
    public CurrentBuildView currentBuild() {
        return build.currentBuild();
    }

    @Override
    public StepInvoker steps() {
        return PlanContext::refuse;
    }

    @Override
    public Optional<Object> global(String name) {
        return build.global(name);
    }

    private static Object refuse(StepInvocation call) {
        throw new IllegalStateException("it calls the step '" + call.name() + "', whose result is known only when it runs");
    }
}
