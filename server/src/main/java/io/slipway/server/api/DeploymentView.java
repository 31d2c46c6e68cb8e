package io.slipway.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.deploy.Deployment;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deployment as the API shows it: which build of which job runs in which environment since when, who
 * released it, the image, digest, revision and gateway snapshot artifact, the gateway {@code routes} and
 * upstream {@code targets} and the {@code consul} entries in place after it (each as its step's arguments),
 * and whether it was a rollback and to which deployment.
 */
public record DeploymentView(long id, String job, String environment, int build, String commit,
        Map<String, Object> parameters, String image, String digest, String revision, String snapshot,
        Map<String, JsonNode> routes, Map<String, JsonNode> targets, Map<String, JsonNode> consul,
        Map<String, Map<String, JsonNode>> state, String by, String cause, Instant at, boolean rollback,
        Long rollbackOf) {

    public static DeploymentView of(Deployment d) {
        Map<String, Map<String, JsonNode>> state = new LinkedHashMap<>();
        d.state().values().forEach((kind, targets) -> state.put(kind, values(targets)));
        return new DeploymentView(d.id(), d.job(), d.environment(), d.build(), d.commit(), d.parameters(), d.image(),
                d.digest(), d.revision(), d.snapshot(), values(d.state().of("gateway.route")),
                values(d.state().of("gateway.targets")), values(d.state().of("consul.service")), state, d.by(),
                d.cause(), d.at(), d.rollback(), d.rollbackOf());
    }

    private static Map<String, JsonNode> values(Map<String, String> byTarget) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        byTarget.forEach((target, value) -> out.put(target, ReleaseChangeView.value(value)));
        return out;
    }
}
