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
 * Parallel branches are listed in the order the Jenkinsfile declares them, whichever thread starts
 * first, so a stage view reads the same in every build.
 */
final class StageRecorder {

    private final String job;
    private final int number;
    private final BuildStore store;
    private final BuildRecords records;
    private final Clock clock;
    private final List<StageRun> stages = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();
    private int nextId;
    private final java.util.Map<String, Integer> declaredRank = new java.util.HashMap<>();

    StageRecorder(String job, int number, BuildStore store, BuildRecords records, Clock clock) {
        this.job = job;
        this.number = number;
        this.store = store;
        this.records = records;
        this.clock = clock;
    }

    /** Declares parallel branches of {@code parent}, in the Jenkinsfile's order, before they start. */
    synchronized void declareBranches(String parent, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            declaredRank.put(parent + "\u0000" + names.get(i), i);
        }
    }

    /** Records a stage as RUNNING; returns its id for {@link #end}. */
    synchronized int start(String name, String parent) {
        return add(new StageRun(name, parent, StageStatus.RUNNING, clock.instant(), 0));
    }

    private int add(StageRun run) {
        int id = nextId++;
        int at = insertionPoint(run);
        stages.add(at, run);
        ids.add(at, id);
        save();
        return id;
    }

    /** After the last stage, or before an already started sibling branch declared after this one. */
    private int insertionPoint(StageRun run) {
        Integer rank = declaredRank.get(run.parent() + "\u0000" + run.name());
        if (rank != null) {
            for (int i = 0; i < stages.size(); i++) {
                StageRun other = stages.get(i);
                Integer otherRank = java.util.Objects.equals(other.parent(), run.parent())
                        ? declaredRank.get(other.parent() + "\u0000" + other.name()) : null;
                if (otherRank != null && otherRank > rank) {
                    return i;
                }
            }
        }
        return stages.size();
    }

    synchronized void end(int id, StageStatus status) {
        int index = ids.indexOf(id);
        StageRun run = stages.get(index);
        long millis = Duration.between(run.startedAt(), clock.instant()).toMillis();
        stages.set(index, new StageRun(run.name(), run.parent(), status, run.startedAt(), millis));
        save();
    }

    /** Records a stage that did not run. */
    synchronized void skipped(String name, String parent) {
        add(new StageRun(name, parent, StageStatus.SKIPPED, null, 0));
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
