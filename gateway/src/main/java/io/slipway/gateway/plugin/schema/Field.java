package io.slipway.gateway.plugin.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a plugin's configuration schema: its kind, Kong's default, and the checks Kong makes.
 * {@code oneOf} applies to a string, or to each element of an array; {@code elementCheck} returns an
 * error message for a bad string (or array element), or null. {@code fields} are a record's fields.
 * Built with the static factories and the {@code with...} copies, e.g.
 * {@code Field.integer("error_code").withDefault(429).between(0, 999)}.
 */
public record Field(String name, FieldKind kind, JsonNode defaultValue, boolean required, List<String> oneOf,
                    Double min, Double max, Function<String, String> elementCheck, List<Field> fields) {

    public Field {
        oneOf = List.copyOf(oneOf);
        fields = List.copyOf(fields);
    }

    public static Field of(String name, FieldKind kind) {
        return new Field(name, kind, null, false, List.of(), null, null, null, List.of());
    }

    public static Field string(String name) {
        return of(name, FieldKind.STRING);
    }

    public static Field bool(String name, boolean defaultValue) {
        return of(name, FieldKind.BOOLEAN).withDefault(defaultValue);
    }

    public static Field integer(String name) {
        return of(name, FieldKind.INTEGER);
    }

    public static Field number(String name) {
        return of(name, FieldKind.NUMBER);
    }

    public static Field strings(String name) {
        return of(name, FieldKind.STRING_ARRAY);
    }

    public static Field any(String name) {
        return of(name, FieldKind.ANY);
    }

    public static Field record(String name, Field... fields) {
        return new Field(name, FieldKind.RECORD, null, false, List.of(), null, null, null, List.of(fields));
    }

    public Field withDefault(Object value) {
        return new Field(name, kind, Json.MAPPER.valueToTree(value), required, oneOf, min, max, elementCheck, fields);
    }

    public Field mandatory() {
        return new Field(name, kind, defaultValue, true, oneOf, min, max, elementCheck, fields);
    }

    public Field oneOf(String... values) {
        return new Field(name, kind, defaultValue, required, List.of(values), min, max, elementCheck, fields);
    }

    public Field between(double low, double high) {
        return new Field(name, kind, defaultValue, required, oneOf, low, high, elementCheck, fields);
    }

    public Field greaterThan(double low) {
        return new Field(name, kind, defaultValue, required, oneOf, low, null, elementCheck, fields);
    }

    public Field check(Function<String, String> check) {
        return new Field(name, kind, defaultValue, required, oneOf, min, max, check, fields);
    }

    public Optional<JsonNode> defaultIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
