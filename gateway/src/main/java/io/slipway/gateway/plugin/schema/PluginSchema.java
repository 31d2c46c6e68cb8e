package io.slipway.gateway.plugin.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration schema of one plugin: its fields and the checks across them. {@link #validate}
 * turns what a user sent (JSON, or form values as strings) into the complete configuration with
 * Kong's defaults, or throws {@link PluginConfigException} naming every bad field.
 * Immutable and thread-safe.
 */
public record PluginSchema(List<Field> fields, List<ConfigCheck> checks) {

    public PluginSchema {
        fields = List.copyOf(fields);
        checks = List.copyOf(checks);
    }

    /**
     * Checks {@code config} (null means empty) and returns a new object with every field present,
     * defaults filled in. Unknown fields are errors, as in Kong.
     */
    public ObjectNode validate(JsonNode config) {
        return validate(config, false);
    }

    /** {@link #validate(JsonNode)} for values from form fields, where a list may be one comma-separated value. */
    public ObjectNode validate(JsonNode config, boolean form) {
        Violations errors = new Violations();
        ObjectNode out = new FieldValidator(form).record("config", fields, config, errors);
        if (errors.isEmpty()) {
            checks.forEach(check -> check.check(out, errors));
        }
        if (!errors.isEmpty()) {
            throw new PluginConfigException(errors.ordered());
        }
        return out;
    }

    /** The schema in the shape of Kong's {@code GET /plugins/schema/{name}} ({@code {"fields": [...]}}). */
    public ObjectNode describe() {
        ObjectNode root = Json.NODES.objectNode();
        ArrayNode top = root.putArray("fields");
        ObjectNode config = Json.NODES.objectNode();
        config.set("config", describeRecord(fields));
        top.add(config);
        return root;
    }

    private static ObjectNode describeRecord(List<Field> fields) {
        ObjectNode record = Json.NODES.objectNode();
        record.put("type", "record");
        record.put("required", true);
        ArrayNode list = record.putArray("fields");
        for (Field field : fields) {
            ObjectNode entry = Json.NODES.objectNode();
            entry.set(field.name(), describe(field));
            list.add(entry);
        }
        return record;
    }

    private static ObjectNode describe(Field field) {
        if (field.kind() == FieldKind.RECORD) {
            return describeRecord(field.fields());
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", field.kind().kongType());
        props.put("required", field.required());
        ObjectNode node = Json.MAPPER.valueToTree(props);
        if (field.kind() == FieldKind.STRING_ARRAY) {
            ObjectNode elements = node.putObject("elements");
            elements.put("type", "string");
            if (!field.oneOf().isEmpty()) {
                elements.set("one_of", Json.MAPPER.valueToTree(field.oneOf()));
            }
        } else if (!field.oneOf().isEmpty()) {
            node.set("one_of", Json.MAPPER.valueToTree(field.oneOf()));
        }
        if (field.min() != null && field.max() != null) {
            node.set("between", Json.MAPPER.valueToTree(List.of(field.min(), field.max())));
        } else if (field.min() != null) {
            node.put("gt", field.min());
        }
        field.defaultIfAny().ifPresent(value -> node.set("default", value));
        return node;
    }
}
