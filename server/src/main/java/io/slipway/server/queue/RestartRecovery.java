package io.slipway.server.queue;

import io.slipway.server.build.Build;
import io.slipway.server.build.BuildLogs;
import io.slipway.server.build.BuildRecords;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.build.StageRun;
import io.slipway.server.build.StageStatus;
import io.slipway.server.store.BuildRow;
import io.slipway.server.store.BuildStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start-up, ends the builds a previous process left RUNNING: they cannot resume, so each becomes
 * ABORTED with the reason "server restarted", its log kept (with a last line saying so), and every
 * stage still RUNNING in its record becomes ABORTED too, so that no finished build shows a running
 * stage. A stage's duration then ends when its log was last written, the closest record of when the
 * process died. QUEUED builds are left for the dispatcher. Runs before the dispatcher starts.
 */
public final class RestartRecovery {

    /** The end reason of a build the server was killed under. */
    public static final String RESTARTED = "server restarted";

    private static final Logger LOG = LoggerFactory.getLogger(RestartRecovery.class);

    private final BuildStore store;
    private final BuildRecords records;
    private final BuildLogs logs;
    private final Clock clock;

    public RestartRecovery(BuildStore store, BuildRecords records, BuildLogs logs, Clock clock) {
        this.store = store;
        this.records = records;
        this.logs = logs;
        this.clock = clock;
    }

    /** Aborts every build left RUNNING; returns how many there were. */
    public int abortInterrupted() {
        return abortInterrupted(store.running());
    }

    /** Aborts the given builds left RUNNING by this server's previous process. */
    public int abortInterrupted(List<BuildRow> rows) {
        int count = abort(rows, RESTARTED);
        if (count > 0) {
            LOG.warn("{} build(s) were running when the server stopped; marked ABORTED ({})", count, RESTARTED);
        }
        return count;
    }

    /**
     * Ends the given builds, whose process is gone, as ABORTED with {@code reason}; also used for the
     * builds of another server whose lease ran out. Returns how many were ended.
     */
    public int abort(List<BuildRow> rows, String reason) {
        int count = 0;
        for (BuildRow row : rows) {
            Build build = records.toBuild(row);
            Instant died = lastWritten(logs.file(build.job(), build.number()));
            List<StageRun> stages = build.stages().stream().map(stage -> ended(stage, died)).toList();
            // The record first: when two servers end the same build at once (both saw a lease run out,
            // or its own server restarted meanwhile), only the one whose update ended it writes the
            // log's last line, so the log names the one reason the build shows.
            if (store.finish(build.job(), build.number(), BuildStatus.ABORTED.name(),
                    records.stagesJson(stages), clock.instant(), reason) == 1) {
                logs.open(build.job(), build.number()).line("Aborted: " + reason);
                logs.close(build.job(), build.number());
                count++;
            }
        }
        return count;
    }

    private static StageRun ended(StageRun stage, Instant died) {
        if (stage.status() != StageStatus.RUNNING) {
            return stage;
        }
        long millis = stage.startedAt() == null ? 0
                : Math.max(0, Duration.between(stage.startedAt(), died).toMillis());
        return new StageRun(stage.name(), stage.parent(), StageStatus.ABORTED, stage.startedAt(), millis);
    }

    private Instant lastWritten(Path log) {
        try {
            return Files.exists(log) ? Files.getLastModifiedTime(log).toInstant() : clock.instant();
        } catch (IOException e) {
            return clock.instant();
        }
    }
}
