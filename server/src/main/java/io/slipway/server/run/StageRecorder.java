package io.slipway.server.run;

import io.slipway.server.build.BuildRecords;
import io.slipway.server.build.StageRun;
import io.slipway.server.build.StageStatus;
import io.slipway.server.store.BuildStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages of one running build as they start and end, saved to the build record at every change
 * so that the API shows progress and a crash keeps what ran. Thread-safe (parallel branches).
 */
final class StageRecorder {

    private final String job;
    private final int number;
    private final BuildStore store;
    private final BuildRecords records;
    private final Clock clock;
    private final List<StageRun> stages = new ArrayList<>();

    StageRecorder(String job, int number, BuildStore store, BuildRecords records, Clock clock) {
        this.job = job;
        this.number = number;
        this.store = store;
        this.records = records;
        this.clock = clock;
    }

    /** Records a stage as RUNNING; returns its index for {@link #end}. */
    synchronized int start(String name, String parent) {
        stages.add(new StageRun(name, parent, StageStatus.RUNNING, clock.instant(), 0));
        save();
        return stages.size() - 1;
    }

    synchronized void end(int index, StageStatus status) {
        StageRun run = stages.get(index);
        long millis = Duration.between(run.startedAt(), clock.instant()).toMillis();
        stages.set(index, new StageRun(run.name(), run.parent(), status, run.startedAt(), millis));
        save();
    }

    /** Records a stage that did not run. */
    synchronized void skipped(String name, String parent) {
        stages.add(new StageRun(name, parent, StageStatus.SKIPPED, null, 0));
        save();
    }

    synchronized List<StageRun> snapshot() {
        Instant now = clock.instant();
        return stages.stream().map(s -> s.status() == StageStatus.RUNNING
                ? new StageRun(s.name(), s.parent(), StageStatus.ABORTED, s.startedAt(),
                        Duration.between(s.startedAt(), now).toMillis())
                : s).toList();
    }

    private void save() {
        store.setStages(job, number, records.stagesJson(List.copyOf(stages)));
    }
}
