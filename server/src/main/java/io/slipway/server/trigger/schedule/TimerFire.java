package io.slipway.server.trigger.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job of every timer: hands the fire to {@link Timers}, which re-arms and runs the handler. */
@DisallowConcurrentExecution
final class TimerFire implements Job {

    private final Timers timers;

    TimerFire(Timers timers) {
        this.timers = timers;
    }

    @Override
    public void execute(JobExecutionContext context) {
        timers.fired(context.getTrigger(), context.isRecovering());
    }
}
