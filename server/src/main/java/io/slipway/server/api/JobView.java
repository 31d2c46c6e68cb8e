package io.slipway.server.api;

import io.slipway.server.job.GitSource;
import io.slipway.server.job.InlineSource;
import io.slipway.server.job.Job;
import io.slipway.server.trigger.schedule.TriggersView;
import java.time.Instant;

/** A job as the API shows it: the repository object or the inline pipeline, whichever it has. */
public record JobView(String name, String description, Repository repository, String pipeline,
        Instant createdAt, Instant updatedAt, TriggersView triggers, Webhook webhook, Integer quietPeriod) {

    /** The webhook part of a job's JSON: whether a secret and a trigger token are set, never their values. */
    public record Webhook(boolean secretConfigured, boolean triggerTokenConfigured) {
    }

    /** The repository part of a job's JSON. */
    public record Repository(String url, String branch, String scriptPath) {
    }

    public static JobView of(Job job) {
        Repository repository = null;
        String pipeline = null;
        if (job.source() instanceof GitSource git) {
            repository = new Repository(git.url(), git.branch(), git.scriptPath());
        } else if (job.source() instanceof InlineSource inline) {
            pipeline = inline.pipeline();
        }
        return new JobView(job.name(), job.description(), repository, pipeline, job.createdAt(), job.updatedAt(),
                null, null, null);
    }

    /** The view with the job's effective triggers and their next fire times. */
    public JobView withTriggers(TriggersView view) {
        return new JobView(name, description, repository, pipeline, createdAt, updatedAt, view, webhook, quietPeriod);
    }

    /** The view with the job's webhook settings (secret and token only as whether they are set). */
    public JobView withWebhook(Webhook settings, Integer seconds) {
        return new JobView(name, description, repository, pipeline, createdAt, updatedAt, triggers, settings, seconds);
    }
}
