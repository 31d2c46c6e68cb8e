package io.slipway.server.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts between deployment rows (JSON text columns) and {@link Deployment} records. */
final class DeploymentRecords {

    private static final TypeReference<LinkedHashMap<String, Object>> PARAMS = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, Map<String, String>>> STATE = new TypeReference<>() { };

    private final ObjectMapper json;

    DeploymentRecords(ObjectMapper json) {
        this.json = json;
    }

    Deployment toDeployment(DeploymentRow row) {
        try {
            return new Deployment(row.id(), row.jobName(), row.environment(), row.buildNumber(),
                    row.commitSha(), json.readValue(row.parameters(), PARAMS), row.image(), row.digest(), row.revision(),
                    row.snapshot(), new DeploymentState(json.readValue(row.state(), STATE)), row.deployedBy(),
                    row.cause(), row.deployedAt(), row.rollbackOf());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deployment " + row.id() + " of job '" + row.jobName()
                    + "' holds unreadable JSON", e);
        }
    }

    DeploymentRow toRow(Deployment d) {
        return new DeploymentRow(d.id(), d.job(), d.environment(), d.build(), d.commit(), write(d.parameters()), d.image(),
                d.digest(), d.revision(), d.snapshot(), write(d.state().values()), d.by(), d.cause(), d.at(),
                d.rollbackOf());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
