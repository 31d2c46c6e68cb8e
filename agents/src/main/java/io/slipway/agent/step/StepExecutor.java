package io.slipway.agent.step;

/**
 * Runs one kind of step. The engine calls {@link #run} on the build's thread (or a parallel branch's
 * thread) once per call of the step, after the call's arguments have been evaluated; an executor
 * registered once serves every build, so it keeps no per-build state and may run concurrently for
 * different calls.
 * <p>
 * Failure: throw {@link StepFailure} with a message naming what failed (never a secret); the build
 * (or an enclosing {@code catchError}/{@code try}) decides what follows. Cancellation: when the build
 * is aborted or a {@code timeout} expires, the running thread is interrupted and
 * {@link StepContext#cancellation()} reports it; a step that waits or runs a process stops promptly
 * and lets {@link InterruptedException} propagate.
 */
public interface StepExecutor {

    /** The keyword: {@code "sh"}, {@code "dockerPush"}, ... */
    String step();

    StepResult run(StepCall call, StepContext ctx) throws InterruptedException;

    /**
     * Where this step runs when the build's workspace is on a remote agent: {@link StepPlacement#WORKSPACE}
     * steps (they read or write the workspace, or run processes in it) are sent to the agent; the others stay
     * with the engine. The default is the engine.
     */
    default StepPlacement placement() {
        return StepPlacement.ENGINE;
    }
}
