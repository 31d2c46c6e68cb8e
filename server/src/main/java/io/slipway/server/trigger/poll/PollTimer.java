package io.slipway.server.trigger.poll;

import io.slipway.server.trigger.schedule.JobTriggers;
import io.slipway.server.trigger.schedule.TimerHandler;
import io.slipway.server.trigger.schedule.TimerId;
import java.util.Optional;

/** The {@code pollSCM} timer: each fire polls the job. */
public final class PollTimer implements TimerHandler {

    private final JobTriggers triggers;
    private final ScmPoller poller;

    public PollTimer(JobTriggers triggers, ScmPoller poller) {
        this.triggers = triggers;
        this.poller = poller;
    }

    @Override
    public Optional<String> currentSpec(TimerId id) {
        return triggers.effective(id.job()).pollScm();
    }

    @Override
    public void fire(TimerId id, boolean missed) {
        poller.poll(id.job(), "timer");
    }
}
