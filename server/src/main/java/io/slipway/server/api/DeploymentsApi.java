package io.slipway.server.api;

import io.javalin.http.Context;
import io.slipway.server.deploy.DeploymentService;
import io.slipway.server.deploy.Rollbacks;
import io.slipway.server.job.JobService;
import java.util.Optional;

/**
 * {@code /api/jobs/{name}/deployments} (a job's deployments newest first, one deployment, roll back to one)
 * and {@code /api/deployments} (what runs where, since when, across jobs).
 */
final class DeploymentsApi {

    private final DeploymentService deployments;
    private final Rollbacks rollbacks;
    private final JobService jobs;

    DeploymentsApi(DeploymentService deployments, Rollbacks rollbacks, JobService jobs) {
        this.deployments = deployments;
        this.rollbacks = rollbacks;
        this.jobs = jobs;
    }

    void list(Context ctx) {
        String job = jobs.get(ctx.pathParam("name")).name();
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100);
        ctx.json(deployments.ofJob(job, environment(ctx), Math.max(1, Math.min(limit, 1000))).stream()
                .map(DeploymentView::of).toList());
    }

    void get(Context ctx) {
        String job = jobs.get(ctx.pathParam("name")).name();
        ctx.json(DeploymentView.of(deployments.get(job, id(ctx))));
    }

    /** Queues the rollback build; 201 with the build, as triggering a build answers. */
    void rollback(Context ctx) {
        String job = jobs.get(ctx.pathParam("name")).name();
        ctx.status(201).json(BuildView.of(rollbacks.rollback(job, id(ctx), BuildsApi.principal(ctx))));
    }

    /** The deployment in place for each job and environment (one environment with {@code ?environment=}). */
    void current(Context ctx) {
        ctx.json(deployments.current(environment(ctx)).stream().map(DeploymentView::of).toList());
    }

    private static Optional<String> environment(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("environment")).filter(e -> !e.isBlank());
    }

    private static long id(Context ctx) {
        try {
            long id = Long.parseLong(ctx.pathParam("id"));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badField("id", "must be a deployment id (a positive whole number), was '"
                + ctx.pathParam("id") + "'");
    }
}
