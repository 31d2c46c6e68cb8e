package io.slipway.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.job.Job;
import io.slipway.server.job.JobRequest;
import io.slipway.server.trigger.schedule.JobTriggers;
import io.slipway.server.trigger.schedule.TriggerSettings;
import io.slipway.server.job.JobService;
import java.io.IOException;

/** {@code /api/jobs}: create, list, read, replace and delete jobs. */
final class JobsApi {

    private final JobService jobs;
    private final JobTriggers triggers;
    private final ObjectMapper json;

    JobsApi(JobService jobs, JobTriggers triggers, ObjectMapper json) {
        this.jobs = jobs;
        this.triggers = triggers;
        this.json = json;
    }

    void list(Context ctx) {
        ctx.json(jobs.list().stream().map(this::view).toList());
    }

    void create(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.body());
        var request = JobRequest.from(body, null);
        TriggerSettings settings = TriggerSettings.fromJson(body.get("triggers"), request.name());
        Job job = jobs.create(request);
        triggers.saveSettings(job.name(), settings);
        ctx.status(201).json(view(job));
    }

    void get(Context ctx) {
        ctx.json(view(jobs.get(ctx.pathParam("name"))));
    }

    void replace(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.body());
        var request = JobRequest.from(body, ctx.pathParam("name"));
        TriggerSettings settings = TriggerSettings.fromJson(body.get("triggers"), request.name());
        Job job = jobs.update(request);
        triggers.saveSettings(job.name(), settings);
        ctx.json(view(job));
    }

    /** {@code GET /api/jobs/{name}/triggers}: the effective triggers and their next fire times. */
    void triggers(Context ctx) {
        ctx.json(triggers.view(jobs.get(ctx.pathParam("name")).name()));
    }

    private JobView view(Job job) {
        return JobView.of(job).withTriggers(triggers.view(job.name()));
    }

    void delete(Context ctx) {
        jobs.delete(ctx.pathParam("name"));
        ctx.status(204);
    }
}
