package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Kong's form-field conventions turned into a JSON tree: {@code service.id=x} nests,
 * {@code paths[]=/a} and repeated fields make arrays, {@code paths[2]=/b} sets a position (1-based,
 * as in Kong). Values stay text; the schema converts them.
 */
final class FormFields {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormFields() {}

    static ObjectNode toTree(List<Map.Entry<String, String>> fields) {
        var root = JSON.objectNode();
        for (var field : fields) {
            put(root, field.getKey(), field.getValue());
        }
        return root;
    }

    private static void put(ObjectNode root, String key, String value) {
        String[] parts = key.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = stripIndex(parts[i]);
            var child = node.get(part);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(part);
            }
            node = (ObjectNode) child;
        }
        String last = parts[parts.length - 1];
        int bracket = last.indexOf('[');
        if (bracket > 0 && last.endsWith("]")) {
            String name = last.substring(0, bracket);
            String index = last.substring(bracket + 1, last.length() - 1);
            ArrayNode array = node.get(name) instanceof ArrayNode existing ? existing : asArray(node, name);
            if (index.isEmpty()) {
                array.add(value);
            } else {
                int position = parsePosition(index);
                while (array.size() < position) {
                    array.addNull();
                }
                array.set(position - 1, JSON.textNode(value));
            }
            return;
        }
        JsonNode existing = node.get(last);
        if (existing == null) {
            node.put(last, value);
        } else {
            asArray(node, last).add(value);
        }
    }

    /** Turns the field into an array, keeping a value already there. */
    private static ArrayNode asArray(ObjectNode node, String name) {
        var existing = node.get(name);
        if (existing instanceof ArrayNode array) {
            return array;
        }
        var array = node.putArray(name);
        if (existing != null && !existing.isNull()) {
            array.add(existing);
        }
        return array;
    }

    private static int parsePosition(String index) {
        try {
            return Math.max(1, Integer.parseInt(index));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid form field index [" + index + "]");
        }
    }

    private static String stripIndex(String part) {
        int bracket = part.indexOf('[');
        return bracket > 0 ? part.substring(0, bracket) : part;
    }
}
