package io.slipway.gateway.plugin.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/** The one Jackson mapper of the plugin area and small readers for validated configurations. */
public final class Json {

    /** Shared and thread-safe once configured; used only when configurations are built, never per request. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    /** The strings of an array field of a validated configuration; empty when the field is null or absent. */
    public static List<String> strings(JsonNode config, String field) {
        JsonNode node = config.path(field);
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> out.add(element.asText()));
        }
        return List.copyOf(out);
    }

    /** A string field of a validated configuration, or null when absent or null. */
    public static String text(JsonNode config, String field) {
        JsonNode node = config.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
