package io.slipway.server.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.step.StepRegistry;
import io.slipway.server.job.JobListener;
import io.slipway.server.run.ReleaseHooks;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The release records of one server, wired: the change log, the deployments and the hooks through which
 * builds feed them. Rolling back needs the build queue, which needs the runner that takes {@link #hooks()},
 * so {@link Rollbacks} is made apart, afterwards.
 */
public final class ReleaseRecords {

    private final ReleaseChangeStore changes;
    private final DeploymentStore deploymentStore;
    private final DeploymentService deployments;
    private final DeploymentHooks hooks;
    private final InputPlans plans;

    public ReleaseRecords(ReleaseChangeStore changes, DeploymentStore deployments, StepRegistry steps, ObjectMapper json,
            Clock clock) {
        this.changes = changes;
        this.deploymentStore = deployments;
        this.deployments = new DeploymentService(deployments, json, clock);
        this.plans = new InputPlans(new ReleasePlanner(this.deployments));
        this.hooks = new DeploymentHooks(changes, this.deployments, new GatewayRestorer(steps, json), plans, clock);
    }

    /** Forgets the release changes and deployments of a deleted job, as its builds are forgotten. */
    public JobListener forgetDeletedJobs() {
        return new JobListener() {
            @Override
            public void deleted(String name) {
                changes.deleteJob(name);
                deploymentStore.deleteJob(name);
            }
        };
    }

    public ReleaseHooks hooks() {
        return hooks;
    }

    public DeploymentService deployments() {
        return deployments;
    }

    /** The release changes build {@code number} of {@code job} made, in the order it made them. */
    public List<ReleaseChange> changesOf(String job, int number) {
        return changes.ofBuild(job, number);
    }

    /** The release plan of the input {@code id} build {@code number} of {@code job} waits at, while it waits. */
    public Optional<ReleasePlan> plan(String job, int number, String id) {
        return plans.find(job, number, id);
    }

    /** The release changes of builds {@code from} to {@code to} of {@code job}, in order. */
    public List<ReleaseChange> changesOf(String job, int from, int to) {
        return changes.ofBuilds(job, from, to);
    }
}
