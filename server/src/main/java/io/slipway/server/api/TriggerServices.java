package io.slipway.server.api;

import io.slipway.server.job.multibranch.MultibranchProjects;
import io.slipway.server.trigger.poll.CommitNotifications;
import io.slipway.server.trigger.poll.ScmPoller;
import io.slipway.server.trigger.schedule.JobTriggers;

/** The trigger services the API calls (issue 4's polling, schedules and multibranch part), bundled. */
public record TriggerServices(JobTriggers triggers, ScmPoller poller, CommitNotifications notifications,
        MultibranchProjects multibranch) {
}
