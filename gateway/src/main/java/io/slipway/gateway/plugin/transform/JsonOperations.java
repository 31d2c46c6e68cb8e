package io.slipway.gateway.plugin.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.plugin.schema.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The response-transformer's JSON body operations on top-level keys, in Kong's order: remove,
 * rename, replace (existing keys), add (absent keys), append (to an array, making one if needed).
 * Values are typed by the matching {@code json_types} entry ({@code string}, {@code number},
 * {@code boolean}), strings by default. A body that is not a JSON object passes unchanged.
 */
final class JsonOperations {

    private record Assign(String key, JsonNode value) {}

    private final List<String> remove;
    private final List<NameValue> rename;
    private final List<Assign> replace;
    private final List<Assign> add;
    private final List<Assign> append;

    JsonOperations(JsonNode config) {
        this.remove = Json.strings(config.path("remove"), "json");
        this.rename = Json.strings(config.path("rename"), "json").stream().map(NameValue::parse).toList();
        this.replace = assigns(config.path("replace"));
        this.add = assigns(config.path("add"));
        this.append = assigns(config.path("append"));
    }

    boolean isEmpty() {
        return remove.isEmpty() && rename.isEmpty() && replace.isEmpty() && add.isEmpty() && append.isEmpty();
    }

    byte[] apply(byte[] body) {
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return body;
        }
        if (!(parsed instanceof ObjectNode json)) {
            return body;
        }
        remove.forEach(json::remove);
        for (NameValue r : rename) {
            JsonNode value = json.remove(r.name());
            if (value != null) {
                json.set(r.value().trim(), value);
            }
        }
        for (Assign a : replace) {
            if (json.has(a.key())) {
                json.set(a.key(), a.value());
            }
        }
        for (Assign a : add) {
            if (!json.has(a.key())) {
                json.set(a.key(), a.value());
            }
        }
        for (Assign a : append) {
            JsonNode current = json.get(a.key());
            ArrayNode array = current instanceof ArrayNode existing ? existing : Json.NODES.arrayNode();
            if (current != null && !(current instanceof ArrayNode)) {
                array.add(current);
            }
            array.add(a.value());
            json.set(a.key(), array);
        }
        try {
            return Json.MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            return body;
        }
    }

    private static List<Assign> assigns(JsonNode section) {
        List<String> entries = Json.strings(section, "json");
        List<String> types = Json.strings(section, "json_types");
        List<Assign> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            NameValue nv = NameValue.parse(entries.get(i));
            out.add(new Assign(nv.name(), typed(nv.value(), i < types.size() ? types.get(i) : "string")));
        }
        return List.copyOf(out);
    }

    private static JsonNode typed(String value, String type) {
        return switch (type) {
            case "boolean" -> Json.NODES.booleanNode(Boolean.parseBoolean(value.trim()));
            case "number" -> {
                try {
                    yield Json.NODES.numberNode(new java.math.BigDecimal(value.trim()));
                } catch (NumberFormatException e) {
                    yield Json.NODES.textNode(value);
                }
            }
            default -> Json.NODES.textNode(value);
        };
    }
}
