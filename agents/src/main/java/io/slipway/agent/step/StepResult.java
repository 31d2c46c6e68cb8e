package io.slipway.agent.step;

/**
 * What a step gives back: the value a script sees ({@code sh(returnStdout: true)}'s output, null
 * for most steps) and, when the step marks the build or stage ({@code unstable}, {@code junit},
 * {@code catchError}), the result words to apply, such as {@code UNSTABLE}; null means unchanged.
 * Results only ever get worse; the engine enforces that.
 */
public record StepResult(Object value, String buildResult, String stageResult) {

    private static final StepResult NONE = new StepResult(null, null, null);

    public static StepResult none() {
        return NONE;
    }

    public static StepResult of(Object value) {
        return new StepResult(value, null, null);
    }

    /** Marks both the build and the stage with {@code result}. */
    public static StepResult marking(String result) {
        return new StepResult(null, result, result);
    }
}
