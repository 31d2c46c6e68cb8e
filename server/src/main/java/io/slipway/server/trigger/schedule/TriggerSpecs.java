package io.slipway.server.trigger.schedule;

import io.slipway.dsl.expr.CurrentBuildView;
import io.slipway.dsl.expr.EvalContext;
import io.slipway.dsl.expr.Interpreter;
import io.slipway.dsl.expr.StepInvoker;
import io.slipway.dsl.model.Value;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the spec of a Jenkinsfile's {@code cron(...)} or {@code pollSCM(...)} into text: a literal as
 * written; an expression ({@code env.BRANCH_NAME == 'main' ? 'H 2 * * *' : ''}) evaluated once, when a build
 * reads the Jenkinsfile, over that build's parameters and environment (as Jenkins evaluates the
 * {@code triggers} directive during the run). An expression that calls a step or fails counts as no spec,
 * and is logged.
 */
final class TriggerSpecs {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerSpecs.class);

    private TriggerSpecs() {
    }

    /** Literals only: what is known without a build. */
    static Function<Value, Optional<String>> literals() {
        return value -> value instanceof Value.Literal literal ? nonBlank(literal.text()) : Optional.empty();
    }

    /** Literals, and expressions evaluated over {@code params} and {@code env} of build {@code number}. */
    static Function<Value, Optional<String>> evaluated(String job, int number, Map<String, Object> params,
            Map<String, String> env) {
        return value -> {
            if (value instanceof Value.Expression expression) {
                try {
                    Object result = new Interpreter().evaluate(expression.expr(),
                            EvalContext.of(params, new java.util.HashMap<>(env), new ReadOnlyBuild(number), NO_STEPS));
                    return result == null ? Optional.empty() : nonBlank(Interpreter.render(result));
                } catch (RuntimeException e) {
                    LOG.warn("job '{}': the trigger spec expression cannot be evaluated, so it is ignored: {}", job,
                            e.getMessage());
                    return Optional.empty();
                }
            }
            return literals().apply(value);
        };
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static final StepInvoker NO_STEPS = call -> {
        throw new IllegalStateException("a trigger spec cannot call steps");
    };

    /** {@code currentBuild} as a trigger spec may read it: the number, nothing to set. */
    private record ReadOnlyBuild(int number) implements CurrentBuildView {

        @Override
        public String result() {
            return null;
        }

        @Override
        public void setResult(String result) {
            throw new IllegalStateException("a trigger spec cannot set the result");
        }

        @Override
        public void setDisplayName(String displayName) {
            throw new IllegalStateException("a trigger spec cannot set the display name");
        }

        @Override
        public String description() {
            return null;
        }

        @Override
        public void setDescription(String description) {
            throw new IllegalStateException("a trigger spec cannot set the description");
        }
    }
}
