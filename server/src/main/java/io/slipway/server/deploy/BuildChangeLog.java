package io.slipway.server.deploy;

import io.slipway.agent.step.ChangeLog;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The {@link ChangeLog} of one build: each change is committed to {@code release_changes} at once, with
 * the stage running on the calling thread, so a crash after a step loses none of what it changed.
 * Thread-safe (parallel branches record at the same time).
 */
public final class BuildChangeLog implements ChangeLog {

    private final ReleaseChangeStore store;
    private final String job;
    private final int build;
    private final Supplier<String> stage;
    private final Clock clock;

    public BuildChangeLog(ReleaseChangeStore store, String job, int build, Supplier<String> stage, Clock clock) {
        this.store = store;
        this.job = job;
        this.build = build;
        this.stage = stage;
        this.clock = clock;
    }

    @Override
    public void record(Change change) {
        recordIn(stage.get(), change);
    }

    /** Records a change made outside any stage of the pipeline (a rollback's restore), under {@code stageName}. */
    public void recordIn(String stageName, Change change) {
        store.insert(job, build, stageName, change.kind(), change.target(), change.before(), change.after(),
                clock.instant());
    }
}
