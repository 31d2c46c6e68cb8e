package io.slipway.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.api.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to start a build: its parameters (checked against the pipeline's when queued), who or what
 * asked ({@code cause}, shown on the build), and the source revision to build. A null {@code revision}
 * means "the head of the job's branch when the build is queued" (API, cron and token builds); a
 * webhook gives the pushed ref and commit and the SCM environment ({@code BRANCH_NAME}, {@code TAG_NAME},
 * {@code CHANGE_*}, ...), which the build is stored with, sees in {@code env}, and checks out.
 */
public record TriggerRequest(Map<String, Object> parameters, String cause, SourceRevision revision) {

    public TriggerRequest {
        java.util.Objects.requireNonNull(parameters, "parameters");
        java.util.Objects.requireNonNull(cause, "cause");
    }

    /** A request for the head of the job's branch. */
    public TriggerRequest(Map<String, Object> parameters, String cause) {
        this(parameters, cause, null);
    }

    /** The same request for another source revision. */
    public TriggerRequest withRevision(SourceRevision other) {
        return new TriggerRequest(parameters, cause, other);
    }

    /** Reads {@code POST /api/jobs/{name}/builds}; an empty body means no parameters. */
    public static TriggerRequest from(String body, ObjectMapper json, String principal) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (body != null && !body.isBlank()) {
            JsonNode node;
            try {
                node = json.readTree(body);
            } catch (java.io.IOException e) {
                throw ApiException.badField("body", "is not valid JSON");
            }
            JsonNode params = node.get("parameters");
            if (params != null && !params.isNull()) {
                if (!params.isObject()) {
                    throw ApiException.badField("parameters", "must be an object of name: value");
                }
                params.fields().forEachRemaining(e -> parameters.put(e.getKey(), json.convertValue(e.getValue(), Object.class)));
            }
        }
        return new TriggerRequest(parameters, "Started by user " + principal);
    }
}
