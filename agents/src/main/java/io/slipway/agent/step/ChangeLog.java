package io.slipway.agent.step;

/**
 * Where a step that changes the world records what it changed (image pushed, rollout revision,
 * Consul entry, gateway route), so that a rollback can restore it. Thread-safe.
 */
public interface ChangeLog {

    /** Records one change; {@code before} may be null when there was nothing before. */
    void record(Change change);

    /** One change: what kind, of which target, from what to what. */
    record Change(String kind, String target, String before, String after) {
    }
}
