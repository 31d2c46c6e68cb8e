package io.slipway.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobRequest;
import io.slipway.server.trigger.schedule.JobTriggers;
import io.slipway.server.trigger.schedule.TriggerSettings;
import io.slipway.server.job.JobService;
import io.slipway.server.trigger.webhook.WebhookSettings;
import io.slipway.server.job.multibranch.MultibranchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/jobs}: create, list, read, replace and delete jobs. */
final class JobsApi {

    private final JobService jobs;
    private final JobTriggers triggers;
    private final ObjectMapper json;

    private final MultibranchApi multibranch;

    private final WebhookSettings webhooks;

    JobsApi(JobService jobs, JobTriggers triggers, MultibranchApi multibranch, ObjectMapper json,
            WebhookSettings webhooks) {
        this.webhooks = webhooks;
        this.jobs = jobs;
        this.triggers = triggers;
        this.multibranch = multibranch;
        this.json = json;
    }

    void list(Context ctx) {
        // a multibranch project's branch jobs ("project/branch") are listed under the project, as in Jenkins
        List<Object> all = new ArrayList<>(jobs.list().stream().filter(job -> !job.name().contains("/"))
                .map(this::view).toList());
        all.addAll(multibranch.list());
        ctx.json(all);
    }

    void create(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.body());
        if (MultibranchRequest.isMultibranch(body)) {
            ctx.status(201).json(multibranch.create(body));
            return;
        }
        var request = JobRequest.from(body, null);
        if (multibranch.isProject(request.name())) {
            throw ApiException.conflict("job '" + request.name() + "' already exists (a multibranch project)");
        }
        TriggerSettings settings = TriggerSettings.fromJson(body.get("triggers"), request.name());
        webhooks.check(request.name(), body);
        Job job = jobs.create(request);
        triggers.saveSettings(job.name(), settings);
        webhooks.apply(job.name(), body);
        ctx.status(201).json(view(job));
    }

    void get(Context ctx) {
        String name = ctx.pathParam("name");
        if (multibranch.isProject(name)) {
            ctx.json(multibranch.view(name));
            return;
        }
        ctx.json(view(jobs.get(name)));
    }

    void replace(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.body());
        if (multibranch.isProject(ctx.pathParam("name"))) {
            ctx.json(multibranch.replace(body, ctx.pathParam("name")));
            return;
        }
        var request = JobRequest.from(body, ctx.pathParam("name"));
        TriggerSettings settings = TriggerSettings.fromJson(body.get("triggers"), request.name());
        webhooks.check(request.name(), body);
        Job job = jobs.update(request);
        triggers.saveSettings(job.name(), settings);
        webhooks.apply(job.name(), body);
        ctx.json(view(job));
    }

    /** {@code GET /api/jobs/{name}/triggers}: the effective triggers and their next fire times. */
    void triggers(Context ctx) {
        ctx.json(triggers.view(jobs.get(ctx.pathParam("name")).name()));
    }

    private JobView view(Job job) {
        return JobView.of(job).withTriggers(triggers.view(job.name()))
                .withWebhook(new JobView.Webhook(webhooks.hasJobSecret(job.name()),
                        webhooks.tokenHash(job.name()).isPresent()), webhooks.quietPeriod(job.name()).orElse(null));
    }

    void delete(Context ctx) {
        if (multibranch.isProject(ctx.pathParam("name"))) {
            multibranch.delete(ctx.pathParam("name"));
            ctx.status(204);
            return;
        }
        jobs.delete(ctx.pathParam("name"));
        webhooks.forget(ctx.pathParam("name"));
        ctx.status(204);
    }
}
