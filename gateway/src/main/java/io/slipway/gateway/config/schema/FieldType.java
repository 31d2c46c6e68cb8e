package io.slipway.gateway.config.schema;

import java.util.List;

/** The types a schema field can have, as in Kong's schema language. */
public sealed interface FieldType {

    /** A string; {@code check} returns a problem or null. */
    record Text(Check check) implements FieldType {}

    record Int(long min, long max) implements FieldType {}

    record Num(double min, double max) implements FieldType {}

    record Bool() implements FieldType {}

    /** A string out of a closed set. */
    record OneOf(List<String> values) implements FieldType {}

    record Array(FieldType element) implements FieldType {}

    /** A map of header name to a list of values, as routes and health checks take them. */
    record Headers() implements FieldType {}

    /** A nested record. */
    record Rec(List<Field> fields) implements FieldType {}

    /** A reference to another entity: {@code {"id": "<uuid>"}}. */
    record Ref() implements FieldType {}

    /** Any JSON object, checked elsewhere (plugin configs). */
    record AnyObject() implements FieldType {}

    /** A UUID as text. */
    record Uuid() implements FieldType {}

    /** A check of a string value: the problem in Kong's words, or null when the value is fine. */
    @FunctionalInterface
    interface Check {
        String problem(String value);

        Check NONE = value -> null;
    }
}
