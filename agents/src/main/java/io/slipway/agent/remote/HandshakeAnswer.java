package io.slipway.agent.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.agent.remote.protocol.Messages;
import java.nio.charset.StandardCharsets;

/**
 * The body of a refused WebSocket upgrade, for the agent's output: the server answers
 * {@code {"error": ..., "fields": [{"field", "reason"}]}}; this reads the error and the reasons of its fields.
 */
final class HandshakeAnswer {

    private HandshakeAnswer() {
    }

    /** The server's error message in {@code body} (text or bytes, as the JDK hands it over), or null. */
    static String error(Object body) {
        String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : body == null ? null : String.valueOf(body);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode json = Messages.mapper().readTree(text);
            if (json.hasNonNull("error")) {
                StringBuilder message = new StringBuilder(json.get("error").asText());
                json.path("fields").forEach(f -> message.append("; ").append(f.path("field").asText()).append(": ")
                        .append(f.path("reason").asText()));
                return message.toString();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON: the text as it came
        }
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
