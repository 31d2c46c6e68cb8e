package io.slipway.gateway.store.declarative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.schema.EntityKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Ids for declarative entities that have none: a name-based UUID of the kind and the first unique
 * field set that has a value (a service's name, a target's upstream and address, ...), or of the
 * entity's place in the file when it has no such field.
 */
final class DeclarativeIds {

    private DeclarativeIds() {}

    static UUID of(EntityKind kind, ObjectNode raw, List<Object> path) {
        String key = null;
        for (List<String> fields : kind.uniques()) {
            if (fields.stream().allMatch(f -> absent(raw.get(f)))) continue;
            var values = new StringBuilder();
            for (String field : fields) {
                var value = raw.get(field);
                values.append(field).append('=').append(absent(value) ? "null"
                        : value.isObject() ? value.path("id").asText() : value.asText()).append(';');
            }
            key = values.toString();
            break;
        }
        if (key == null) {
            key = "at " + ErrorTree.describe(path);
        }
        return UUID.nameUUIDFromBytes(("slipway-declarative:" + kind.table() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }
}
