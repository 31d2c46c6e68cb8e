package io.slipway.gateway.plugin.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field errors collected while a configuration is checked, keyed by path such as {@code config.minute}. */
public final class Violations {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public void add(String path, String message) {
        errors.putIfAbsent(path, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(errors);
    }

    /** The errors in the order they were found (for messages). */
    public Map<String, String> ordered() {
        return new LinkedHashMap<>(errors);
    }
}
