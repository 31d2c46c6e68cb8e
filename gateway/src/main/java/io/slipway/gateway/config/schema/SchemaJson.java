package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An entity schema in Kong's schema language, as {@code GET /schemas/{entity}} answers it: a
 * {@code fields} array of one-key objects ({@code {"retries": {"type": "integer", "default": 5,
 * "between": [0, 32767]}}}). Tools such as decK read the defaults from it to fill in and compare
 * declarative files.
 */
public final class SchemaJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> AUTO = List.of("id", "created_at", "updated_at");

    private SchemaJson() {}

    public static ObjectNode of(EntityKind kind) {
        var body = JSON.objectNode();
        body.set("fields", fields(kind.schema().fields(), kind));
        return body;
    }

    private static ArrayNode fields(List<Field> fields, EntityKind kind) {
        var array = JSON.arrayNode();
        for (Field field : fields) {
            var spec = type(field.type(), field.name(), kind);
            if (field.required()) spec.put("required", true);
            if (!field.defaultValue().isNull()) spec.set("default", field.defaultValue());
            if (AUTO.contains(field.name())) spec.put("auto", true);
            if (kind != null && kind.uniques().contains(List.of(field.name()))) spec.put("unique", true);
            array.addObject().set(field.name(), spec);
        }
        return array;
    }

    private static ObjectNode type(FieldType type, String name, EntityKind kind) {
        var spec = JSON.objectNode();
        if (type instanceof FieldType.Text) {
            spec.put("type", "string");
        } else if (type instanceof FieldType.Uuid) {
            spec.put("type", "string").put("uuid", true);
        } else if (type instanceof FieldType.Int i) {
            spec.put("type", "integer");
            if (i.min() != Long.MIN_VALUE || i.max() != Long.MAX_VALUE) spec.putArray("between").add(i.min()).add(i.max());
        } else if (type instanceof FieldType.Num) {
            spec.put("type", name.endsWith("_at") ? "integer" : "number");
            if (name.endsWith("_at")) spec.put("timestamp", true);
        } else if (type instanceof FieldType.Bool) {
            spec.put("type", "boolean");
        } else if (type instanceof FieldType.OneOf o) {
            spec.put("type", "string");
            var values = spec.putArray("one_of");
            o.values().forEach(values::add);
        } else if (type instanceof FieldType.Array a) {
            spec.put("type", name.equals("tags") ? "set" : "array");
            spec.set("elements", type(a.element(), name, null));
        } else if (type instanceof FieldType.Headers) {
            spec.put("type", "map");
            spec.putObject("keys").put("type", "string");
            spec.putObject("values").put("type", "array").putObject("elements").put("type", "string");
        } else if (type instanceof FieldType.Rec r) {
            spec.put("type", "record");
            spec.set("fields", fields(r.fields(), null));
        } else if (type instanceof FieldType.Ref) {
            spec.put("type", "foreign").put("reference", reference(name));
        } else if (type instanceof FieldType.AnyObject) {
            spec.put("type", "record").put("abstract", true);
        }
        return spec;
    }

    private static String reference(String field) {
        return switch (field) {
            case "service" -> "services";
            case "route" -> "routes";
            case "consumer" -> "consumers";
            case "upstream" -> "upstreams";
            case "certificate" -> "certificates";
            case "consumer_group" -> "consumer_groups";
            default -> field + "s";
        };
    }
}
