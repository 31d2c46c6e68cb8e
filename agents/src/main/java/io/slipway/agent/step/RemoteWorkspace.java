package io.slipway.agent.step;

/**
 * A workspace that lives on another machine (a remote agent). The engine offers one through a build's
 * {@link BuildExtensions} while the build (or a stage) runs on an agent: steps whose
 * {@link StepExecutor#placement()} is {@link StepPlacement#WORKSPACE} are then handed to {@link #run}
 * instead of running in the engine's process, and steps that touch the file system for their block
 * ({@code dir}) leave it to the agent. Paths in the {@link StepContext} ({@code workspace}, {@code cwd})
 * are the agent's paths. Thread-safe: parallel branches call it at once.
 */
public interface RemoteWorkspace {

    /** Which agent, for messages ({@code "agent build-7"}). */
    String describe();

    /**
     * Runs {@code call} on the agent in {@code ctx}'s directory and environment, streaming its log lines
     * to {@code ctx.log()}; blocks until the agent reports the result. An abort or a timeout interrupts the
     * waiting thread, which asks the agent to stop the step and throws {@link InterruptedException}; an agent
     * that goes offline ends the call with a {@link StepFailure} of result {@code ABORTED} naming it.
     */
    StepResult run(StepCall call, StepContext ctx) throws InterruptedException;
}
