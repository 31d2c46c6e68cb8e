package io.slipway.server.trigger.schedule;

import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.TriggerRequest;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code cron} timer: each fire queues one build of the job with its default parameters, "Started by timer". */
public final class CronBuilds implements TimerHandler {

    /** Jenkins' cause text for a timer build ({@code TimerTrigger.TimerTriggerCause}). */
    public static final String CAUSE = "Started by timer";
    private static final Logger LOG = LoggerFactory.getLogger(CronBuilds.class);

    private final JobTriggers triggers;
    private final BuildQueue queue;

    public CronBuilds(JobTriggers triggers, BuildQueue queue) {
        this.triggers = triggers;
        this.queue = queue;
    }

    @Override
    public Optional<String> currentSpec(TimerId id) {
        return triggers.effective(id.job()).cron();
    }

    @Override
    public void fire(TimerId id, boolean missed) {
        var build = queue.trigger(id.job(), new TriggerRequest(Map.of(), CAUSE));
        LOG.info("timer of job '{}' queued build #{}{}", id.job(), build.number(),
                missed ? " (for the fire time(s) missed while the server was down)" : "");
    }
}
