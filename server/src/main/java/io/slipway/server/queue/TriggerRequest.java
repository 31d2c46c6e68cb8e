package io.slipway.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.api.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request to start a build: {@code {"parameters": {...}}} (optional) and who or what asked. */
public record TriggerRequest(Map<String, Object> parameters, String cause) {

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
