package io.slipway.dsl.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class named in a script ({@code String}, {@code Integer}, {@code List}) as a value: the right side
 * of {@code instanceof}, a {@code case String:} label, or the receiver of {@code Integer.parseInt}.
 * Only the classes below are known; exception types are matched through {@link ExceptionTypes}.
 */
record TypeRef(String name, Predicate<Object> test) {

    private static final Map<String, Predicate<Object>> KNOWN = Map.ofEntries(
            Map.entry("Object", v -> v != null),
            Map.entry("String", v -> v instanceof String),
            Map.entry("GString", v -> false),
            Map.entry("CharSequence", v -> v instanceof String),
            Map.entry("Number", v -> v instanceof Number),
            Map.entry("Integer", v -> v instanceof Integer),
            Map.entry("Long", v -> v instanceof Long),
            Map.entry("BigInteger", v -> v instanceof BigInteger),
            Map.entry("BigDecimal", v -> v instanceof BigDecimal),
            Map.entry("Double", v -> v instanceof Double),
            Map.entry("Float", v -> v instanceof Float),
            Map.entry("Boolean", v -> v instanceof Boolean),
            Map.entry("Collection", v -> v instanceof Collection),
            Map.entry("List", v -> v instanceof List),
            Map.entry("ArrayList", v -> v instanceof List && !(v instanceof RangeValue)),
            Map.entry("Set", v -> v instanceof Set),
            Map.entry("Map", v -> v instanceof Map),
            Map.entry("LinkedHashMap", v -> v instanceof Map),
            Map.entry("HashMap", v -> v instanceof Map),
            Map.entry("Range", v -> v instanceof RangeValue),
            Map.entry("IntRange", v -> v instanceof RangeValue),
            Map.entry("Closure", v -> v instanceof ClosureValue),
            Map.entry("Pattern", v -> v instanceof Pattern),
            Map.entry("Matcher", v -> v instanceof Matcher),
            Map.entry("Math", v -> false),
            Map.entry("Date", v -> v instanceof java.util.Date),
            Map.entry("URLEncoder", v -> false),
            Map.entry("System", v -> false));

    /** A known class by simple or {@code java.lang}/{@code java.util} qualified name, or an exception type. */
    static Optional<TypeRef> named(String written) {
        String simple = written.substring(written.lastIndexOf('.') + 1);
        Predicate<Object> test = KNOWN.get(simple);
        if (test != null) {
            return Optional.of(new TypeRef(simple, test));
        }
        if (ExceptionTypes.isKnown(simple)) {
            return Optional.of(new TypeRef(simple, v -> v instanceof PipelineError e && ExceptionTypes.catches(simple, e.type())));
        }
        return Optional.empty();
    }

    static boolean isKnown(String written) {
        return named(written).isPresent();
    }

    /** Groovy's {@code isCase} of a class: an instance test. */
    boolean isInstance(Object value) {
        return test.test(value);
    }

    @Override
    public String toString() {
        return "class " + name;
    }
}
