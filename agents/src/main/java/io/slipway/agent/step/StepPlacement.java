package io.slipway.agent.step;

/**
 * Where a step runs when a build's workspace lives on a remote agent (see {@link StepExecutor#placement()}).
 * On the server's built-in executor every step runs in the server process and this makes no difference.
 */
public enum StepPlacement {
    /** With the engine: block steps, control steps, notifications, release steps that call services. */
    ENGINE,
    /** Where the workspace is: processes and files ({@code sh}, {@code writeFile}, {@code checkout}, ...). */
    WORKSPACE
}
