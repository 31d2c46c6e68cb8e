package io.slipway.server.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.api.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reads deployments: one by id, a job's newest first (in one environment or all), what runs where now. */
public final class DeploymentService {

    private final DeploymentStore store;
    private final DeploymentRecords records;
    private final DeploymentRecorder recorder;

    public DeploymentService(DeploymentStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.records = new DeploymentRecords(json);
        this.recorder = new DeploymentRecorder(store, records, clock);
    }

    DeploymentRecorder recorder() {
        return recorder;
    }

    public Optional<Deployment> find(long id) {
        return store.find(id).map(records::toDeployment);
    }

    /** Deployment {@code id} of {@code job}; 404 when there is none, or when it is another job's. */
    public Deployment get(String job, long id) {
        Deployment d = find(id).orElseThrow(() -> ApiException.notFound("deployment " + id + " of job '" + job + "'"));
        if (!d.job().equals(job)) {
            throw new ApiException(404, "deployment " + id + " is a deployment of job '" + d.job() + "', not of job '"
                    + job + "'", List.of());
        }
        return d;
    }

    /** A job's deployments newest first, in {@code environment} or (empty) all of them. */
    public List<Deployment> ofJob(String job, Optional<String> environment, int limit) {
        return (environment.isPresent() ? store.ofJobIn(job, environment.get(), limit) : store.ofJob(job, limit))
                .stream().map(records::toDeployment).toList();
    }

    /** The deployment in place for every job and environment (only {@code environment}'s when given). */
    public List<Deployment> current(Optional<String> environment) {
        return (environment.isPresent() ? store.currentIn(environment.get()) : store.current())
                .stream().map(records::toDeployment).toList();
    }

    /** The deployment in place for {@code job} in {@code environment}. */
    public Optional<Deployment> current(String job, String environment) {
        return recorder.current(job, environment);
    }
}
