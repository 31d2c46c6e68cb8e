package io.slipway.server.deploy;

import io.slipway.server.api.ApiException;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildHistory;
import io.slipway.server.queue.BuildQueue;
import io.slipway.server.queue.TriggerRequest;

/**
 * Rolls a job back to one of its deployments: queues a build of the commit that deployment ran, with its
 * parameters and the cause {@code Rollback to deployment N by USER} (so the build is a rollback, see
 * {@link RollbackCause}). One rollback of a job at a time: 409 while another is queued or running.
 */
public final class Rollbacks {

    /** How far back the running-rollback check looks; builds older than this have long ended. */
    private static final int RECENT_BUILDS = 200;

    private final DeploymentService deployments;
    private final BuildQueue queue;
    private final BuildHistory history;

    public Rollbacks(DeploymentService deployments, BuildQueue queue, BuildHistory history) {
        this.deployments = deployments;
        this.queue = queue;
        this.history = history;
    }

    /** Queues the rollback build of {@code job} to deployment {@code id}, started by {@code by}. */
    public synchronized Build rollback(String job, long id, String by) {
        Deployment target = deployments.get(job, id);
        for (Build build : history.newestFirst(job, RECENT_BUILDS)) {
            if (!build.status().isFinal() && RollbackCause.parse(build.cause()).isPresent()) {
                throw ApiException.conflict("job '" + job + "' is already rolling back: build #" + build.number()
                        + " (" + build.cause() + ") is " + build.status());
            }
        }
        RollbackCause cause = new RollbackCause(target.id(), by);
        return queue.trigger(job, new TriggerRequest(target.parameters(), cause.text()), target.commit());
    }
}
