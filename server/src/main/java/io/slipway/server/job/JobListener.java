package io.slipway.server.job;

/**
 * Told when a job is stored or removed (triggers follow a job's settings and inline pipeline at once).
 * Called on the caller's thread after the change is committed; what a listener throws propagates.
 */
public interface JobListener {

    /** The job was created or replaced. */
    default void saved(Job job) {
    }

    /** The job was deleted. */
    default void deleted(String name) {
    }
}
