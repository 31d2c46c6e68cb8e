package io.slipway.dsl.expr;

/**
 * The trailing closure of a block step ({@code dir('x') { ... }}), run by the step when and as often as
 * it decides ({@code retry} runs it again). Runs in the interpreter on the calling thread.
 */
@FunctionalInterface
public interface StepBody {

    /** Runs the block and returns the closure's value. */
    Object run();
}
