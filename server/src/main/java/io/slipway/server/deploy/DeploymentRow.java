package io.slipway.server.deploy;

import java.time.Instant;

/** A row of {@code deployments}; {@code parameters} and {@code state} hold JSON text. */
public record DeploymentRow(long id, String jobName, String environment, int buildNumber, String commitSha, String parameters,
        String image, String digest, String revision, String snapshot, String state, String deployedBy,
        String cause, Instant deployedAt, Long rollbackOf) {

    DeploymentRow withId(long newId) {
        return new DeploymentRow(newId, jobName, environment, buildNumber, commitSha, parameters, image, digest, revision,
                snapshot, state, deployedBy, cause, deployedAt, rollbackOf);
    }
}
