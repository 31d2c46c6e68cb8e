package io.slipway.agent.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What one gateway node counts for one target of an upstream, from {@code GET /upstreams/{u}/health}: the
 * requests in flight to it now, and the responses it gave since the node started, by status class, and the attempts that got no response
 * ({@code connection_failures}), as {@code docs/gateway-admin-api.md} describes. A field the
 * node does not report is absent ({@link OptionalLong#empty()} or a zero total), so callers can tell "no
 * request" from "this gateway does not count".
 *
 * @param inFlight requests sent to the target and not yet answered
 * @param responses answers so far by class ({@code 2xx}, {@code 3xx}, {@code 4xx}, {@code 5xx}) and
 *        {@code connection_failures}
 */
public record TargetCounts(OptionalLong inFlight, Map<String, Long> responses) {

    public TargetCounts {
        responses = Map.copyOf(responses);
    }

    /** All responses counted. */
    public long total() {
        return responses.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The failed attempts: {@code 5xx} responses and {@code connection_failures} (no response at all). */
    public long errors() {
        return responses.getOrDefault("5xx", 0L) + responses.getOrDefault("connection_failures", 0L);
    }

    /** Whether the node reports response counts at all. */
    public boolean countsResponses() {
        return !responses.isEmpty();
    }

    /**
     * Reads one entry of the health list: {@code in_flight} and {@code responses: {"2xx": n, ...}} on the target
     * itself or on its first {@code data.addresses} entry.
     */
    static TargetCounts of(JsonNode target) {
        JsonNode address = target.path("data").path("addresses").path(0);
        JsonNode inFlight = target.has("in_flight") ? target.get("in_flight") : address.get("in_flight");
        JsonNode responses = target.has("responses") ? target.get("responses") : address.path("responses");
        Map<String, Long> counts = new LinkedHashMap<>();
        if (responses != null && responses.isObject()) {
            responses.fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    counts.put(e.getKey(), e.getValue().asLong());
                }
            });
        }
        return new TargetCounts(inFlight != null && inFlight.isNumber() ? OptionalLong.of(inFlight.asLong())
                : OptionalLong.empty(), counts);
    }
}
