package io.slipway.gateway.plugin.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

/**
 * Checks values against {@link Field}s with Kong's messages ("expected a number", "unknown field",
 * "required field missing") and fills in defaults. Form values arrive as strings, so numbers and
 * booleans are also accepted as text, and a single string stands for a one-element array (from a
 * form, for a comma-separated list, as in Kong's documentation: {@code config.remove.headers=a,b}).
 */
final class FieldValidator {

    private final boolean form;

    /** {@code form}: values came from form fields, where Kong also takes a list as one comma-separated value. */
    FieldValidator(boolean form) {
        this.form = form;
    }

    ObjectNode record(String path, List<Field> fields, JsonNode input, Violations errors) {
        ObjectNode out = Json.NODES.objectNode();
        JsonNode given = input == null || input.isNull() || input.isMissingNode() ? Json.NODES.objectNode() : input;
        if (!given.isObject()) {
            errors.add(path, "expected a record");
            return out;
        }
        for (Iterator<String> names = given.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                errors.add(path + "." + name, "unknown field");
            }
        }
        for (Field field : fields) {
            out.set(field.name(), value(path + "." + field.name(), field, given.get(field.name()), errors));
        }
        return out;
    }

    private JsonNode value(String path, Field field, JsonNode value, Violations errors) {
        if (field.kind() == FieldKind.RECORD) {
            return record(path, field.fields(), value, errors);
        }
        if (value == null || value.isNull()) {
            if (field.required() && field.defaultValue() == null) {
                errors.add(path, "required field missing");
            }
            return field.defaultValue() == null ? Json.NODES.nullNode() : field.defaultValue().deepCopy();
        }
        return switch (field.kind()) {
            case STRING -> string(path, field, value, errors);
            case BOOLEAN -> bool(path, value, errors);
            case INTEGER, NUMBER -> number(path, field, value, errors);
            case STRING_ARRAY -> array(path, field, value, errors);
            case ANY -> value;
            case RECORD -> throw new IllegalStateException("handled above");
        };
    }

    private static JsonNode string(String path, Field field, JsonNode value, Violations errors) {
        if (!value.isTextual()) {
            errors.add(path, "expected a string");
            return value;
        }
        String problem = checkString(field, value.asText());
        if (problem != null) {
            errors.add(path, problem);
        }
        return value;
    }

    private static String checkString(Field field, String text) {
        if (!field.oneOf().isEmpty() && !field.oneOf().contains(text)) {
            return "expected one of: " + String.join(", ", field.oneOf());
        }
        return field.elementCheck() == null ? null : field.elementCheck().apply(text);
    }

    private static JsonNode bool(String path, JsonNode value, Violations errors) {
        if (value.isBoolean()) {
            return value;
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Json.NODES.booleanNode(Boolean.parseBoolean(value.asText()));
        }
        errors.add(path, "expected a boolean");
        return value;
    }

    private static JsonNode number(String path, Field field, JsonNode value, Violations errors) {
        boolean integer = field.kind() == FieldKind.INTEGER;
        BigDecimal number;
        try {
            number = value.isNumber() ? value.decimalValue() : value.isTextual() ? new BigDecimal(value.asText().trim()) : null;
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null || (integer && number.stripTrailingZeros().scale() > 0)) {
            errors.add(path, integer ? "expected an integer" : "expected a number");
            return value;
        }
        double d = number.doubleValue();
        if (field.min() != null && field.max() != null && (d < field.min() || d > field.max())) {
            errors.add(path, "value should be between " + plain(field.min()) + " and " + plain(field.max()));
        } else if (field.min() != null && field.max() == null && d <= field.min()) {
            errors.add(path, "value must be greater than " + plain(field.min()));
        }
        return integer ? Json.NODES.numberNode(number.longValue()) : Json.NODES.numberNode(d);
    }

    private JsonNode array(String path, Field field, JsonNode value, Violations errors) {
        ArrayNode out = Json.NODES.arrayNode();
        if (value.isTextual() && form) {
            for (String part : value.asText().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        } else if (value.isTextual()) {
            out.add(value);
        } else if (value.isArray()) {
            out.addAll((ArrayNode) value);
        } else {
            errors.add(path, "expected an array");
            return value;
        }
        for (JsonNode element : out) {
            String problem = element.isTextual() ? checkString(field, element.asText()) : "expected a string";
            if (problem != null) {
                errors.add(path, problem);
                break;
            }
        }
        return out;
    }

    static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
