package io.slipway.server.deploy;

import io.slipway.agent.step.ChangeLog;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The {@link ChangeLog} of one build: each change is committed to {@code release_changes} at once, with
 * the stage running on the calling thread, so a crash after a step loses none of what it changed. The build's
 * secrets are masked ({@code ****}) in what is kept, as in its log.
 * Thread-safe (parallel branches record at the same time).
 */
public final class BuildChangeLog implements ChangeLog {

    private final ReleaseChangeStore store;
    private final String job;
    private final int build;
    private final Supplier<String> stage;
    private final UnaryOperator<String> mask;
    private final Clock clock;

    public BuildChangeLog(ReleaseChangeStore store, String job, int build, Supplier<String> stage,
            UnaryOperator<String> mask, Clock clock) {
        this.mask = mask;
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
        store.insert(job, build, stageName, change.kind(), mask.apply(change.target()), masked(change.before()),
                masked(change.after()), clock.instant());
    }

    private String masked(String value) {
        return value == null ? null : mask.apply(value);
    }
}
