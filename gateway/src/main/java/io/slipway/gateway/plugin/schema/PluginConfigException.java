package io.slipway.gateway.plugin.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plugin configuration that Kong's schema would refuse. {@link #fieldErrors()} maps paths such as
 * {@code config.minute} or {@code name} to messages; {@link #fields()} nests them as Kong's 400 body
 * does ({@code {"config": {"minute": "expected a number"}}}) and {@link #getMessage()} is Kong's
 * {@code schema violation (config.minute: expected a number)}. Messages never contain secrets.
 */
public final class PluginConfigException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public PluginConfigException(Map<String, String> fieldErrors) {
        super(summary(fieldErrors));
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public static PluginConfigException of(String path, String message) {
        return new PluginConfigException(Map.of(path, message));
    }

    /** Path to message, in the order found. */
    public Map<String, String> fieldErrors() {
        return new LinkedHashMap<>(fieldErrors);
    }

    /** The errors nested by path segment, as the {@code fields} member of Kong's error body. */
    public Map<String, Object> fields() {
        Map<String, Object> root = new LinkedHashMap<>();
        fieldErrors.forEach((path, message) -> put(root, path.split("\\."), message));
        return root;
    }

    /**
     * The errors as a JSON tree relative to {@code config}, for the Admin API's schema-violation body:
     * {@code config.add.headers} becomes {@code {"add": {"headers": "..."}}} and checks across fields
     * become {@code {"@entity": ["..."]}}. Paths outside {@code config} ({@code name},
     * {@code consumer}) stay at the top.
     */
    public ObjectNode configFields() {
        ObjectNode root = Json.NODES.objectNode();
        fieldErrors.forEach((path, message) -> {
            if (path.equals("@entity") || path.equals("config")) {
                root.withArray("@entity").add(message);
                return;
            }
            String relative = path.startsWith("config.") ? path.substring("config.".length()) : path;
            String[] segments = relative.split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < segments.length - 1; i++) {
                node = node.has(segments[i]) && node.get(segments[i]).isObject()
                        ? (ObjectNode) node.get(segments[i]) : node.putObject(segments[i]);
            }
            node.put(segments[segments.length - 1], message);
        });
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String[] segments, String message) {
        Map<String, Object> node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            Object child = node.computeIfAbsent(segments[i], k -> new LinkedHashMap<String, Object>());
            if (!(child instanceof Map)) {
                return;
            }
            node = (Map<String, Object>) child;
        }
        node.put(segments[segments.length - 1], message);
    }

    private static String summary(Map<String, String> errors) {
        String detail = errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
        return "schema violation (" + detail + ")";
    }
}
