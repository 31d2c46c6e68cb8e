package io.slipway.dsl.expr;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The type names messages use for values: {@code String}, {@code Integer}, {@code List}, ... */
final class GroovyTypes {

    private GroovyTypes() {
    }

    static String name(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof RangeValue) {
            return "Range";
        }
        if (value instanceof List) {
            return "List";
        }
        if (value instanceof Set) {
            return "Set";
        }
        if (value instanceof Map.Entry) {
            return "Map.Entry";
        }
        if (value instanceof Map) {
            return "Map";
        }
        if (value instanceof ClosureValue) {
            return "Closure";
        }
        if (value instanceof PipelineError e) {
            return e.simpleType();
        }
        if (value instanceof TypeRef t) {
            return "Class " + t.name();
        }
        if (value instanceof Pattern) {
            return "Pattern";
        }
        if (value instanceof Matcher) {
            return "Matcher";
        }
        if (value instanceof ScriptObject o) {
            return o.typeName();
        }
        return value.getClass().getSimpleName();
    }
}
