package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks an entity's schema, with Kong's error shape: {@code fields} is a tree of problems
 * mirroring the input ({@code {"paths": ["should start with: /"]}}, {@code {"@entity": [...]}}), and
 * {@link #getMessage()} is Kong's summary, e.g. {@code schema violation (paths.1: should start with: /)}
 * or {@code 2 schema violations (host: required field missing; port: expected an integer)}.
 */
public final class SchemaViolation extends RuntimeException {

    private final ObjectNode fields;

    public SchemaViolation(ObjectNode fields) {
        super(summary(fields), null, false, false);
        this.fields = fields.deepCopy();
    }

    public ObjectNode fields() {
        return fields.deepCopy();
    }

    static String summary(ObjectNode fields) {
        var problems = new ArrayList<String>();
        flatten("", fields, problems);
        String joined = String.join("; ", problems);
        return problems.size() == 1 ? "schema violation (" + joined + ")"
                : problems.size() + " schema violations (" + joined + ")";
    }

    private static void flatten(String prefix, JsonNode node, List<String> out) {
        if (node instanceof ObjectNode object) {
            var entity = object.get("@entity");
            if (entity != null) {
                entity.forEach(problem -> out.add(problem.asText()));
            }
            object.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("@entity")) {
                    flatten(join(prefix, e.getKey()), e.getValue(), out);
                }
            });
            return;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isNull()) {
                    flatten(join(prefix, String.valueOf(i + 1)), array.get(i), out);
                }
            }
            return;
        }
        out.add(prefix + ": " + node.asText());
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
