package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * Checks input against an {@link EntitySchema} and returns the entity in normal form: every field of
 * the schema present, defaults filled, absent optional fields null. Unknown fields are refused.
 * In lenient mode (form-encoded input, where every value is text) strings are converted to the
 * field's type as Kong does: {@code "true"}, {@code "5"}, a single value for an array.
 */
public final class Validator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Validator() {}

    /** The normal form of {@code input}, or a {@link SchemaViolation} listing every problem. */
    public static ObjectNode validate(EntitySchema schema, JsonNode input, boolean lenient) {
        var errors = JSON.objectNode();
        if (!(input instanceof ObjectNode object)) {
            errors.putArray("@entity").add("expected a record");
            throw new SchemaViolation(errors);
        }
        var prepared = object.deepCopy();
        schema.preparation().prepare(prepared, errors);
        var out = record(schema.fields(), prepared, errors, lenient);
        if (errors.isEmpty()) {
            schema.checks().forEach(check -> check.check(out, errors));
        }
        if (!errors.isEmpty()) {
            throw new SchemaViolation(errors);
        }
        return out;
    }

    private static ObjectNode record(List<Field> fields, ObjectNode input, ObjectNode errors, boolean lenient) {
        var out = JSON.objectNode();
        input.fieldNames().forEachRemaining(name -> {
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                errors.put(name, "unknown field");
            }
        });
        for (Field field : fields) {
            JsonNode value = input.get(field.name());
            if (lenient && value != null && value.isTextual() && value.asText().isEmpty()) {
                value = NullNode.getInstance();
            }
            if (value == null || value.isNull()) {
                if (field.type() instanceof FieldType.Rec rec && field.defaultValue().isNull()) {
                    value = JSON.objectNode();  // nested records get their own defaults
                } else if (!field.defaultValue().isNull()) {
                    out.set(field.name(), field.defaultValue().deepCopy());
                    continue;
                } else {
                    if (field.required()) {
                        errors.put(field.name(), "required field missing");
                    }
                    out.putNull(field.name());
                    continue;
                }
            }
            var fieldErrors = JSON.arrayNode();
            JsonNode checked = value(field.type(), value, fieldErrors, lenient);
            if (fieldErrors.size() > 0) {
                errors.set(field.name(), fieldErrors.get(0));
            }
            out.set(field.name(), checked);
        }
        return out;
    }

    /** Checks one value; a problem is appended to {@code problems} (a string, or a tree for records and arrays). */
    private static JsonNode value(FieldType type, JsonNode value, ArrayNode problems, boolean lenient) {
        if (type instanceof FieldType.Text text) {
            if (lenient && (value.isNumber() || value.isBoolean())) {
                value = JSON.textNode(value.asText());
            }
            if (!value.isTextual()) return problem(problems, "expected a string", value);
            if (value.asText().isEmpty()) return problem(problems, "length must be at least 1", value);
            String problem = text.check().problem(value.asText());
            return problem == null ? value : problem(problems, problem, value);
        }
        if (type instanceof FieldType.Int range) {
            if (lenient && value.isTextual()) value = parseNumber(value);
            if (!value.isNumber() || value.asDouble() != Math.rint(value.asDouble())) {
                return problem(problems, "expected an integer", value);
            }
            long n = value.asLong();
            if (n < range.min() || n > range.max()) {
                return problem(problems, "value should be between " + range.min() + " and " + range.max(), value);
            }
            return JSON.numberNode(n);
        }
        if (type instanceof FieldType.Num range) {
            if (lenient && value.isTextual()) value = parseNumber(value);
            if (!value.isNumber()) return problem(problems, "expected a number", value);
            double n = value.asDouble();
            if (n < range.min() || n > range.max()) {
                return problem(problems, "value should be between " + fmt(range.min()) + " and " + fmt(range.max()), value);
            }
            return n == Math.rint(n) ? JSON.numberNode((long) n) : JSON.numberNode(n);
        }
        if (type instanceof FieldType.Bool) {
            if (lenient && value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
                return JSON.booleanNode(Boolean.parseBoolean(value.asText()));
            }
            return value.isBoolean() ? value : problem(problems, "expected a boolean", value);
        }
        if (type instanceof FieldType.OneOf oneOf) {
            if (!value.isTextual()) return problem(problems, "expected a string", value);
            return oneOf.values().contains(value.asText()) ? value
                    : problem(problems, "expected one of: " + String.join(", ", oneOf.values()), value);
        }
        if (type instanceof FieldType.Uuid) {
            return value.isTextual() && isUuid(value.asText()) ? value : problem(problems, "expected a valid UUID", value);
        }
        if (type instanceof FieldType.Ref) {
            return reference(value, problems, lenient);
        }
        if (type instanceof FieldType.AnyObject) {
            return value.isObject() ? value.deepCopy() : problem(problems, "expected a record", value);
        }
        if (type instanceof FieldType.Array array) {
            return array(array, value, problems, lenient);
        }
        if (type instanceof FieldType.Headers) {
            return headers(value, problems, lenient);
        }
        if (type instanceof FieldType.Rec rec) {
            if (!(value instanceof ObjectNode object)) return problem(problems, "expected a record", value);
            var nested = JSON.objectNode();
            var out = record(rec.fields(), object, nested, lenient);
            if (!nested.isEmpty()) problems.add(nested);
            return out;
        }
        throw new IllegalStateException("unknown field type " + type);
    }

    private static JsonNode array(FieldType.Array array, JsonNode value, ArrayNode problems, boolean lenient) {
        if (lenient && !value.isArray() && !value.isObject()) {
            value = JSON.arrayNode().add(value);
        }
        if (!value.isArray()) return problem(problems, "expected an array", value);
        var out = JSON.arrayNode();
        var elementProblems = JSON.arrayNode();
        boolean failed = false;
        for (JsonNode element : value) {
            var problem = JSON.arrayNode();
            out.add(value(array.element(), element, problem, lenient));
            elementProblems.add(problem.isEmpty() ? NullNode.getInstance() : problem.get(0));
            failed |= !problem.isEmpty();
        }
        if (failed) {
            problems.add(elementProblems);
        }
        return out;
    }

    private static JsonNode headers(JsonNode value, ArrayNode problems, boolean lenient) {
        if (!value.isObject()) return problem(problems, "expected a map", value);
        var out = JSON.objectNode();
        var nested = JSON.objectNode();
        value.fields().forEachRemaining(e -> {
            var values = e.getValue();
            if (values.isTextual()) values = JSON.arrayNode().add(values);
            if (!values.isArray() || values.isEmpty()) {
                nested.put(e.getKey(), "expected an array of strings");
                return;
            }
            var list = out.putArray(e.getKey().toLowerCase(java.util.Locale.ROOT));
            values.forEach(v -> list.add(v.asText()));
        });
        if (!nested.isEmpty()) problems.add(nested);
        return out;
    }

    private static JsonNode reference(JsonNode value, ArrayNode problems, boolean lenient) {
        if (value.isTextual() && isUuid(value.asText())) {
            return JSON.objectNode().put("id", value.asText());
        }
        if (!value.isObject()) return problem(problems, "expected a record", value);
        var id = value.get("id");
        if (id == null || id.isNull()) {
            problems.add(JSON.objectNode().put("id", "required field missing"));
            return value;
        }
        if (!id.isTextual() || !isUuid(id.asText())) {
            problems.add(JSON.objectNode().put("id", "expected a valid UUID"));
            return value;
        }
        return JSON.objectNode().put("id", id.asText());
    }

    private static JsonNode problem(ArrayNode problems, String message, JsonNode value) {
        problems.add(message);
        return value;
    }

    private static JsonNode parseNumber(JsonNode text) {
        try {
            String s = text.asText().trim();
            return s.contains(".") ? JSON.numberNode(Double.parseDouble(s)) : JSON.numberNode(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static boolean isUuid(String text) {
        try {
            return text.length() == 36 && UUID.fromString(text) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
