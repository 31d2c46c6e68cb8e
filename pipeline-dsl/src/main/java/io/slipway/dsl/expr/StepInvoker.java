package io.slipway.dsl.expr;

/**
 * Runs a step on behalf of a script: every call without a receiver that is neither a local closure nor a
 * method the interpreter knows ({@code echo}, {@code sh}, {@code error}, {@code dir(...) { }}, ...).
 * <p>
 * Failures a script may catch with {@code try/catch} are thrown as {@link PipelineError}; by Jenkins'
 * convention {@code error 'msg'} throws {@code new PipelineError("hudson.AbortException", "msg")} and a
 * failing {@code sh} an AbortException naming the exit code. Any other exception aborts the script and
 * reaches the caller of the {@link Interpreter} unchanged. Called on the thread that runs the script.
 */
@FunctionalInterface
public interface StepInvoker {

    /** Runs the step and returns its value ({@code null} for steps without one). */
    Object invoke(StepInvocation call);
}
