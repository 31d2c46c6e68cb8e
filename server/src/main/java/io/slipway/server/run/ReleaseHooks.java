package io.slipway.server.run;

import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.InputGate;
import io.slipway.agent.step.StepContext;
import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.model.Pipeline;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildStatus;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the runner lets the release records (deployments, rollback, plans) take part in, without the
 * runner knowing them: where a build's changes go, whether it is a rollback, what happens while it waits
 * at an input, and what happens when its stages and post blocks have run. Implementations are thread-safe
 * and never throw from {@link #finished}.
 */
public interface ReleaseHooks {

    /** No release records: changes are dropped, nothing is a rollback, nothing happens after a build. */
    ReleaseHooks NONE = new ReleaseHooks() {
        @Override
        public ChangeLog changeLog(Build build, Supplier<String> stage, UnaryOperator<String> mask) {
            return change -> { };
        }

        @Override
        public boolean isRollback(Build build) {
            return false;
        }

        @Override
        public InputGate inputs(Build build, Pipeline pipeline, InputGate gate, Supplier<InputScope> scope) {
            return gate;
        }

        @Override
        public BuildStatus finished(Build build, Pipeline pipeline, BuildStatus status, StepContext root) {
            return status;
        }
    };

    /**
     * Where a waiting build stands: the scripts' view (params, env, currentBuild), the stage running the step
     * (empty for a stage's own {@code input}), and the build's secret masking, for anything shown to people.
     */
    record InputScope(EvalContext scripts, Optional<String> stage, UnaryOperator<String> mask) {
    }

    /**
     * The change log of {@code build}; {@code stage} names the stage running on the calling thread, and
     * {@code mask} hides the build's secrets in what is kept.
     */
    ChangeLog changeLog(Build build, Supplier<String> stage, UnaryOperator<String> mask);

    /** Whether {@code build} rolls back to an earlier deployment ({@code currentBuild.rollback}, {@code ROLLBACK=true}). */
    boolean isRollback(Build build);

    /** The gate the build's inputs wait at: {@code gate}, possibly doing more while a person decides. */
    InputGate inputs(Build build, Pipeline pipeline, InputGate gate, Supplier<InputScope> scope);

    /**
     * Called once the stages and post blocks ran, before the build's end is stored, with the result so far and
     * the pipeline-level step context (workspace, environment, services; its log is the build's log); returns
     * the build's final result. May run steps in {@code root} (a rollback restores gateway routes this way).
     */
    BuildStatus finished(Build build, Pipeline pipeline, BuildStatus status, StepContext root);
}
