package io.slipway.agent.step;

/**
 * Whether the build was aborted. Aborting also interrupts every thread of the build; this lets code
 * that swallowed an interrupt (a library) check again, and tells a waiting step why it woke up.
 */
public interface Cancellation {

    boolean isCancelled();

    /** Throws {@link InterruptedException} when the build was aborted or the thread interrupted. */
    default void check() throws InterruptedException {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("build aborted");
        }
    }
}
