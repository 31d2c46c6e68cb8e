package io.slipway.server.deploy;

import io.slipway.server.build.Build;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a finished releasing build into a {@link Deployment}: its environment, parameters, the image,
 * digest, revision and snapshot it released (what it did not release carried over from the environment's
 * deployment before), the state of everything released there after it, who started it and whether it
 * rolled back. Thread-safe.
 */
final class DeploymentRecorder {

    private final DeploymentStore store;
    private final DeploymentRecords records;
    private final Clock clock;

    DeploymentRecorder(DeploymentStore store, DeploymentRecords records, Clock clock) {
        this.store = store;
        this.records = records;
        this.clock = clock;
    }

    /** The deployment now in place for {@code job} in {@code environment}, if any. */
    Optional<Deployment> current(String job, String environment) {
        return store.ofJobIn(job, environment, 1).stream().findFirst().map(records::toDeployment);
    }

    /**
     * Records {@code build} (which made {@code changes}) as a deployment to {@code environment}; returns it. The
     * values of password parameters ({@code secrets}) are not kept: a rollback runs with their defaults.
     */
    Deployment record(Build build, String environment, List<ReleaseChange> changes, Optional<RollbackCause> rollback,
            Collection<String> secrets) {
        Map<String, Object> parameters = new LinkedHashMap<>(build.parameters());
        parameters.keySet().removeAll(secrets);
        Optional<Deployment> before = current(build.job(), environment);
        DeploymentState state = before.map(Deployment::state).orElse(DeploymentState.empty()).with(changes);
        ReleaseFacts facts = ReleaseFacts.of(changes).orElse(before);
        Deployment deployment = new Deployment(0, build.job(), environment, build.number(), build.commit(), parameters,
                facts.image(), facts.digest(), facts.revision(), facts.snapshot(), state,
                RollbackCause.who(build.cause()), build.cause(), clock.instant(),
                rollback.map(RollbackCause::deployment).orElse(null));
        long id = store.insert(records.toRow(deployment));
        return records.toDeployment(records.toRow(deployment).withId(id));
    }
}
