package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;

/** One field of a schema: name, type, default (null node when none) and whether it is required. */
public record Field(String name, FieldType type, JsonNode defaultValue, boolean required) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public Field {
        defaultValue = defaultValue == null ? NullNode.getInstance() : defaultValue;
    }

    static Field optional(String name, FieldType type) {
        return new Field(name, type, null, false);
    }

    static Field required(String name, FieldType type) {
        return new Field(name, type, null, true);
    }

    static Field withDefault(String name, FieldType type, Object value) {
        return new Field(name, type, toJson(value), false);
    }

    static JsonNode toJson(Object value) {
        if (value instanceof JsonNode node) return node;
        if (value instanceof String s) return JSON.textNode(s);
        if (value instanceof Integer i) return JSON.numberNode(i);
        if (value instanceof Long l) return JSON.numberNode(l);
        if (value instanceof Double d) return JSON.numberNode(d);
        if (value instanceof Boolean b) return JSON.booleanNode(b);
        if (value instanceof List<?> list) {
            var array = JSON.arrayNode();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        throw new IllegalArgumentException("unsupported default " + value);
    }
}
