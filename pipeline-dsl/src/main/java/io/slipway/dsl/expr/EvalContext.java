package io.slipway.dsl.expr;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pipeline script sees of its build, supplied by the caller (the engine, or a test).
 * <p>
 * {@code params} is read by scripts and never written. {@code env} is live and mutable: reads of
 * {@code env.X}, of a bare name that is no variable (Jenkins falls back to the environment, e.g.
 * {@code BRANCH_NAME}) and writes of {@code env.X = v} go straight to this map, so the caller decides
 * its scope (the build, or one stage). Values written are rendered as strings; writing {@code null}
 * removes the variable. Calls may come from several threads when parallel branches run script blocks;
 * the maps given must tolerate that if the caller runs branches concurrently.
 */
public interface EvalContext {

    /** The build's parameters by name; the interpreter never modifies it. */
    Map<String, Object> params();

    /** The environment of the running step, mutable (see the type's documentation). */
    Map<String, String> env();

    /** {@code currentBuild}. */
    CurrentBuildView currentBuild();

    /** Runs every call that is not a local closure or a method of a value. */
    StepInvoker steps();

    /**
     * A further global variable the caller offers ({@code scm}, {@code docker}, ...), looked up after
     * local variables, {@code params}, {@code env} and {@code currentBuild} and before the environment
     * fallback. A {@link ScriptObject} value can answer property reads and method calls.
     */
    default Optional<Object> global(String name) {
        return Optional.empty();
    }

    /** A context of the four parts, without further globals. */
    static EvalContext of(Map<String, Object> params, Map<String, String> env, CurrentBuildView currentBuild,
                          StepInvoker steps) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(currentBuild, "currentBuild");
        Objects.requireNonNull(steps, "steps");
        return new EvalContext() {
            @Override
            public Map<String, Object> params() {
                return params;
            }

            @Override
            public Map<String, String> env() {
                return env;
            }

            @Override
            public CurrentBuildView currentBuild() {
                return currentBuild;
            }

            @Override
            public StepInvoker steps() {
                return steps;
            }
        };
    }
}
