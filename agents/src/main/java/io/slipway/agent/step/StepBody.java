package io.slipway.agent.step;

/**
 * The block of a block step ({@code dir('x') { ... }}), run by the executor when and as often as it
 * decides ({@code retry} runs it again), on the calling thread, with the context it passes (a
 * changed working directory or environment).
 */
@FunctionalInterface
public interface StepBody {

    /** Runs the block in {@code ctx} and returns the block's value. */
    Object run(StepContext ctx) throws InterruptedException;
}
