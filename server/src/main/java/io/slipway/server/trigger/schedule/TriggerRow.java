package io.slipway.server.trigger.schedule;

import java.time.Instant;

/** A row of {@code job_triggers}: what one origin ({@code settings} or {@code pipeline}) of a job asks for. */
public record TriggerRow(String jobName, String origin, String cron, String pollScm, String upstreamProjects,
        String upstreamThreshold, Instant updatedAt) {
}
