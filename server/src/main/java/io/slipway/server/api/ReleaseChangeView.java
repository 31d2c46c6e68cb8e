package io.slipway.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.slipway.server.deploy.ReleaseChange;
import java.io.IOException;
import java.time.Instant;

/**
 * A release change as the API shows it in a build's {@code releaseChanges}: the stage, kind, target, and the
 * values before and after — as JSON when the step recorded JSON (routes, targets), else as text.
 */
public record ReleaseChangeView(String stage, String kind, String target, JsonNode before, JsonNode after,
        Instant at) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ReleaseChangeView of(ReleaseChange change) {
        return new ReleaseChangeView(change.stage(), change.kind(), change.target(), value(change.before()),
                value(change.after()), change.at());
    }

    /** A recorded value: parsed when it is a JSON object or array, else kept as text; null stays null. */
    static JsonNode value(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return JSON.readTree(trimmed);
            } catch (IOException e) {
                return TextNode.valueOf(text);
            }
        }
        return TextNode.valueOf(text);
    }
}
