package io.slipway.server.deploy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One deployment: build {@code build} of {@code job} (at {@code commit}, null for an inline pipeline)
 * released to {@code environment}. It records the
 * build's parameters (a rollback runs with them again), the image and digest, the rollout revision and
 * the gateway snapshot artifact it produced (each null when the release did not produce one), the
 * {@code state} of everything released there after it (kind and target to the latest value, see
 * {@link DeploymentState}), who released and when, and which deployment it rolled back to (null for a
 * forward release).
 */
public record Deployment(long id, String job, String environment, int build, String commit,
        Map<String, Object> parameters,
        String image, String digest, String revision, String snapshot, DeploymentState state, String by,
        String cause, Instant at, Long rollbackOf) {

    public Deployment {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public boolean rollback() {
        return rollbackOf != null;
    }
}
