package io.slipway.gateway.store.declarative;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A declarative file that cannot be loaded. {@code fields} mirrors the file's structure with the
 * problems at their places ({@code {"services": [null, {"routes": [{"paths": [...]}]}]}});
 * {@code problems} lists them flat, each with its place, e.g. {@code services[2].routes[1].paths.1: should start with: /}.
 */
public final class DeclarativeError extends RuntimeException {

    private final ObjectNode fields;
    private final List<String> problems;

    DeclarativeError(ObjectNode fields, List<String> problems) {
        super("declarative config is invalid: " + String.join("; ", problems), null, false, false);
        this.fields = fields;
        this.problems = List.copyOf(problems);
    }

    /** An error found outside the reader, e.g. by the plugin registry, in the same shape. */
    public static DeclarativeError of(ObjectNode fields, List<String> problems) {
        return new DeclarativeError(fields, problems);
    }

    public ObjectNode fields() {
        return fields.deepCopy();
    }

    public List<String> problems() {
        return problems;
    }
}
