package io.slipway.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.server.job.JobRequest;
import io.slipway.server.job.JobService;
import java.io.IOException;

/** {@code /api/jobs}: create, list, read, replace and delete jobs. */
final class JobsApi {

    private final JobService jobs;
    private final ObjectMapper json;

    JobsApi(JobService jobs, ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    void list(Context ctx) {
        ctx.json(jobs.list().stream().map(JobView::of).toList());
    }

    void create(Context ctx) throws IOException {
        var request = JobRequest.from(json.readTree(ctx.body()), null);
        ctx.status(201).json(JobView.of(jobs.create(request)));
    }

    void get(Context ctx) {
        ctx.json(JobView.of(jobs.get(ctx.pathParam("name"))));
    }

    void replace(Context ctx) throws IOException {
        var request = JobRequest.from(json.readTree(ctx.body()), ctx.pathParam("name"));
        ctx.json(JobView.of(jobs.update(request)));
    }

    void delete(Context ctx) {
        jobs.delete(ctx.pathParam("name"));
        ctx.status(204);
    }
}
