package io.slipway.server.deploy;

import io.slipway.agent.step.ChangeLog;
import io.slipway.agent.step.InputGate;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.dsl.model.Pipeline;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildStatus;
import io.slipway.server.run.ParameterBinder;
import io.slipway.server.run.ReleaseHooks;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The release records' part in every build: changes go to {@code release_changes}; a build whose cause is a
 * {@link RollbackCause} is a rollback; while a build waits at an input its release plan is computed; and a
 * build that finished SUCCESS or UNSTABLE after making release changes (or rolling back) becomes a
 * {@link Deployment} — a rollback first restores the gateway routes and targets it did not set again.
 * Thread-safe.
 */
public final class DeploymentHooks implements ReleaseHooks {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentHooks.class);

    private final ReleaseChangeStore changes;
    private final DeploymentRecorder recorder;
    private final DeploymentService deployments;
    private final GatewayRestorer restorer;
    private final InputPlans plans;
    private final Clock clock;

    DeploymentHooks(ReleaseChangeStore changes, DeploymentService deployments, GatewayRestorer restorer,
            InputPlans plans, Clock clock) {
        this.plans = plans;
        this.changes = changes;
        this.deployments = deployments;
        this.recorder = deployments.recorder();
        this.restorer = restorer;
        this.clock = clock;
    }

    @Override
    public ChangeLog changeLog(Build build, Supplier<String> stage, UnaryOperator<String> mask) {
        return new BuildChangeLog(changes, build.job(), build.number(), stage, mask, clock);
    }

    @Override
    public boolean isRollback(Build build) {
        return RollbackCause.parse(build.cause()).isPresent();
    }

    @Override
    public InputGate inputs(Build build, Pipeline pipeline, InputGate gate, Supplier<InputScope> scope) {
        return plans.gate(build, pipeline, gate, scope);
    }

    @Override
    public BuildStatus finished(Build build, Pipeline pipeline, BuildStatus status, StepContext root) {
        if (status != BuildStatus.SUCCESS && status != BuildStatus.UNSTABLE) {
            return status;
        }
        try {
            Optional<RollbackCause> rollback = RollbackCause.parse(build.cause());
            String environment = Environments.of(pipeline, build.parameters());
            if (rollback.isPresent()) {
                Deployment target = deployments.find(rollback.get().deployment()).orElseThrow(() -> new StepFailure(
                        "deployment " + rollback.get().deployment() + " to roll back to no longer exists"));
                environment = target.environment();
                restorer.restore(target, changes.ofBuild(build.job(), build.number()), root,
                        changeLog(build, () -> GatewayRestorer.STAGE, root.services().masker()::mask));
            }
            List<ReleaseChange> made = changes.ofBuild(build.job(), build.number());
            // A release that found everything already as it should be (a second run, a redeploy of the same
            // route) is still a deployment of this build to its environment, so that it can be rolled back to.
            if (made.isEmpty() && rollback.isEmpty() && ScriptCalls.releaseSteps(pipeline.stages()).isEmpty()) {
                return status;
            }
            Deployment d = recorder.record(build, environment, made, rollback,
                    ParameterBinder.secretNames(pipeline.parameters()));
            root.log().line("Recorded deployment " + d.id() + " of job '" + d.job() + "' to environment '"
                    + d.environment() + "'" + rollback.map(r -> " (rollback to deployment " + r.deployment() + ")")
                    .orElse(""));
            return status;
        } catch (StepFailure e) {
            root.log().line("ERROR: " + e.getMessage());
            return BuildStatus.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            root.log().line("Aborted while restoring the gateway");
            return BuildStatus.ABORTED;
        } catch (RuntimeException e) {
            LOG.error("build {} #{}: cannot record its deployment", build.job(), build.number(), e);
            root.log().line("ERROR: cannot record the deployment of this build: " + e);
            return status;
        }
    }
}
