package io.slipway.dsl.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code value as Type}, {@code (Type) value} and typed declarations ({@code int n = ...}) for the types scripts use. */
final class Casts {

    private static final Set<String> SUPPORTED = Set.of("def", "Object", "String", "CharSequence", "GString",
            "Integer", "int", "Long", "long", "Short", "short", "BigInteger", "BigDecimal", "Double", "double",
            "Float", "float", "Number", "Boolean", "boolean", "List", "ArrayList", "Collection", "Iterable", "Set",
            "HashSet", "LinkedHashSet", "Map", "HashMap", "LinkedHashMap", "Pattern", "String[]", "Object[]",
            "int[]", "def[]", "Closure", "var");

    private Casts() {
    }

    static boolean isSupported(String type) {
        return SUPPORTED.contains(simple(type));
    }

    private static String simple(String type) {
        String t = type.replaceAll("<.*>", "").trim();
        return t.substring(t.lastIndexOf('.') + 1);
    }

    static Object cast(Object value, String type) {
        String t = simple(type);
        if (value == null) {
            return t.equals("boolean") ? Boolean.FALSE : null;
        }
        return switch (t) {
            case "def", "Object", "var" -> value;
            case "String", "CharSequence", "GString" -> GroovyText.render(value);
            case "Integer", "int", "Short", "short" -> number(value, type, GroovyNumbers.Kind.INT);
            case "Long", "long" -> number(value, type, GroovyNumbers.Kind.LONG);
            case "BigInteger" -> number(value, type, GroovyNumbers.Kind.BIG_INTEGER);
            case "BigDecimal", "Number" -> value instanceof Number n && t.equals("Number") ? n
                    : number(value, type, GroovyNumbers.Kind.DECIMAL);
            case "Double", "double", "Float", "float" -> number(value, type, GroovyNumbers.Kind.DOUBLE);
            case "Boolean", "boolean" -> GroovyTruth.test(value);
            case "List", "ArrayList", "Collection", "Iterable", "Object[]", "def[]" -> list(value, type);
            case "String[]" -> list(value, type).stream().map(GroovyText::render).collect(
                    java.util.stream.Collectors.toCollection(ArrayList::new));
            case "int[]" -> {
                List<Object> out = new ArrayList<>();
                for (Object e : list(value, type)) {
                    out.add(cast(e, "int"));
                }
                yield out;
            }
            case "Set", "HashSet", "LinkedHashSet" -> new LinkedHashSet<>(list(value, type));
            case "Map", "HashMap", "LinkedHashMap" -> value instanceof Map ? value : fail(value, type);
            case "Pattern" -> Operators.pattern(value);
            case "Closure" -> value instanceof ClosureValue ? value : fail(value, type);
            default -> throw ScriptFault.unsupported(ExprMessages.unsupportedCast(type));
        };
    }

    private static Object number(Object value, String type, GroovyNumbers.Kind kind) {
        if (value instanceof Number n) {
            n = GroovyNumbers.normalize(n);
            return switch (kind) {
                case INT -> n.intValue();
                case LONG -> n.longValue();
                case BIG_INTEGER -> GroovyNumbers.big(n);
                case DECIMAL -> n instanceof BigDecimal ? n : GroovyNumbers.decimal(n);
                case DOUBLE -> n.doubleValue();
            };
        }
        if (value instanceof String s) {
            // Groovy's String.asType: '5' as int is 5 (only the Java-style (int) '5' would give the char code)
            return GroovyNumbers.parse(s, kind);
        }
        return fail(value, type);
    }

    private static List<Object> list(Object value, String type) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof String s) {
            return StringMethods.chars(s);
        }
        if (value instanceof Map) {
            fail(value, type);
        }
        List<Object> single = new ArrayList<>();
        single.add(value);
        return single;
    }

    private static Object fail(Object value, String type) {
        throw ScriptFault.cast(ExprMessages.cannotCast(GroovyText.render(value), GroovyTypes.name(value), type));
    }
}
