package io.slipway.dsl.expr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The static side of the few classes scripts may name: {@code Integer.parseInt}, {@code String.valueOf},
 * {@code String.format}, {@code Math.max}, {@code Integer.MAX_VALUE}, ... Anything else on a class is
 * unsupported (and reported by the checker before a build).
 */
final class StaticMethods {

    private static final Map<String, MethodTable<Void>> CLASSES = Map.of(
            "System", new MethodTable<Void>("System")
                    .add("currentTimeMillis", 0, (v, a) -> System.currentTimeMillis()),
            "URLEncoder", new MethodTable<Void>("URLEncoder")
                    .add("encode", 2, (v, a) -> java.net.URLEncoder.encode(Args.string(a, 0),
                            java.nio.charset.Charset.forName(Args.string(a, 1)))),
            "Integer", new MethodTable<Void>("Integer")
                    .add("parseInt", 1, (v, a) -> GroovyNumbers.parse(Args.string(a, 0), GroovyNumbers.Kind.INT))
                    .add("parseInt", 2, (v, a) -> Integer.parseInt(Args.string(a, 0).trim(), Args.integer(a, 1)))
                    .add("valueOf", 1, (v, a) -> a.get(0) instanceof Number n ? n.intValue()
                            : GroovyNumbers.parse(Args.string(a, 0), GroovyNumbers.Kind.INT))
                    .add("toString", 1, (v, a) -> GroovyText.render(Args.number(a, 0)))
                    .add("max", 2, (v, a) -> Math.max(Args.integer(a, 0), Args.integer(a, 1)))
                    .add("min", 2, (v, a) -> Math.min(Args.integer(a, 0), Args.integer(a, 1))),
            "Long", new MethodTable<Void>("Long")
                    .add("parseLong", 1, (v, a) -> GroovyNumbers.parse(Args.string(a, 0), GroovyNumbers.Kind.LONG))
                    .add("valueOf", 1, (v, a) -> a.get(0) instanceof Number n ? n.longValue()
                            : GroovyNumbers.parse(Args.string(a, 0), GroovyNumbers.Kind.LONG)),
            "Double", new MethodTable<Void>("Double")
                    .add("parseDouble", 1, (v, a) -> GroovyNumbers.parse(Args.string(a, 0), GroovyNumbers.Kind.DOUBLE))
                    .add("valueOf", 1, (v, a) -> GroovyNumbers.parse(GroovyText.render(a.get(0)), GroovyNumbers.Kind.DOUBLE)),
            "Boolean", new MethodTable<Void>("Boolean")
                    .add("parseBoolean", 1, (v, a) -> Boolean.parseBoolean(Args.string(a, 0)))
                    .add("valueOf", 1, (v, a) -> a.get(0) instanceof Boolean b ? b : Boolean.parseBoolean(Args.string(a, 0))),
            "String", new MethodTable<Void>("String")
                    .add("valueOf", 1, (v, a) -> GroovyText.render(a.get(0)))
                    .add("format", 1, Integer.MAX_VALUE, (v, a) -> String.format(Args.string(a, 0), a.subList(1, a.size()).toArray()))
                    .add("join", 2, (v, a) -> ListMethods.join(Args.collection(a, 1), Args.string(a, 0))),
            "Math", new MethodTable<Void>("Math")
                    .add("max", 2, (v, a) -> extreme(Args.number(a, 0), Args.number(a, 1), true))
                    .add("min", 2, (v, a) -> extreme(Args.number(a, 0), Args.number(a, 1), false))
                    .add("abs", 1, (v, a) -> GroovyNumbers.abs(Args.number(a, 0)))
                    .add("round", 1, (v, a) -> Math.round(Args.number(a, 0).doubleValue()))
                    .add("ceil", 1, (v, a) -> Math.ceil(Args.number(a, 0).doubleValue()))
                    .add("floor", 1, (v, a) -> Math.floor(Args.number(a, 0).doubleValue()))
                    .add("pow", 2, (v, a) -> Math.pow(Args.number(a, 0).doubleValue(), Args.number(a, 1).doubleValue()))
                    .add("sqrt", 1, (v, a) -> Math.sqrt(Args.number(a, 0).doubleValue())));

    private static final Map<String, Object> CONSTANTS = Map.of(
            "Integer.MAX_VALUE", Integer.MAX_VALUE,
            "Integer.MIN_VALUE", Integer.MIN_VALUE,
            "Long.MAX_VALUE", Long.MAX_VALUE,
            "Long.MIN_VALUE", Long.MIN_VALUE,
            "Math.PI", Math.PI,
            "Math.E", Math.E,
            "BigDecimal.ZERO", BigDecimal.ZERO,
            "BigDecimal.ONE", BigDecimal.ONE);

    private StaticMethods() {
    }

    /** Java's overloads of Math.max/min: int, long, else double. */
    private static Number extreme(Number x, Number y, boolean max) {
        GroovyNumbers.Kind k = GroovyNumbers.widest(x, y);
        if (k == GroovyNumbers.Kind.INT) {
            return max ? Math.max(x.intValue(), y.intValue()) : Math.min(x.intValue(), y.intValue());
        }
        if (k == GroovyNumbers.Kind.LONG) {
            return max ? Math.max(x.longValue(), y.longValue()) : Math.min(x.longValue(), y.longValue());
        }
        return max ? Math.max(x.doubleValue(), y.doubleValue()) : Math.min(x.doubleValue(), y.doubleValue());
    }

    static boolean hasMethod(String className, String method) {
        MethodTable<Void> t = CLASSES.get(className);
        return t != null && t.has(method);
    }

    static boolean hasConstant(String className, String name) {
        return CONSTANTS.containsKey(className + "." + name);
    }

    static Object constant(String className, String name) {
        Object v = CONSTANTS.get(className + "." + name);
        if (v == null) {
            throw ScriptFault.unsupported(ExprMessages.unsupportedStatic(className, name));
        }
        return v;
    }

    static Object call(String className, String method, List<Object> args) {
        MethodTable<Void> t = CLASSES.get(className);
        if (t == null || !t.has(method)) {
            throw ScriptFault.unsupported(ExprMessages.unsupportedStatic(className, method + "()"));
        }
        return t.call(method, null, args);
    }
}
