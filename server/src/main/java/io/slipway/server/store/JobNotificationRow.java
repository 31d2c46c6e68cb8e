package io.slipway.server.store;

import java.time.Instant;

/** One row of {@code job_notifications}: a job's own mail template (null when it has none). */
public record JobNotificationRow(String jobName, String mailTemplate, Instant updatedAt) {
}
