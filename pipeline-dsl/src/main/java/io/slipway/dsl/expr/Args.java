package io.slipway.dsl.expr;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reading method arguments with the type a library method needs, failing like Groovy's dispatch would. */
final class Args {

    private Args() {
    }

    static String string(List<Object> args, int i) {
        Object v = args.get(i);
        if (v instanceof String s) {
            return s;
        }
        if (v == null) {
            return null;
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        throw ScriptFault.missingMethod("expected a String as argument " + (i + 1) + ", got " + GroovyTypes.name(v));
    }

    static int integer(List<Object> args, int i) {
        Object v = args.get(i);
        if (v instanceof Number n && GroovyNumbers.isIntegral(n)) {
            return n.intValue();
        }
        throw ScriptFault.missingMethod("expected an integer as argument " + (i + 1) + ", got " + GroovyTypes.name(v));
    }

    static Number number(List<Object> args, int i) {
        Object v = args.get(i);
        if (v instanceof Number n) {
            return GroovyNumbers.normalize(n);
        }
        throw ScriptFault.missingMethod("expected a number as argument " + (i + 1) + ", got " + GroovyTypes.name(v));
    }

    static ClosureValue closure(List<Object> args, int i) {
        Object v = args.get(i);
        if (v instanceof ClosureValue c) {
            return c;
        }
        throw ScriptFault.missingMethod("expected a closure as argument " + (i + 1) + ", got " + GroovyTypes.name(v));
    }

    static Collection<?> collection(List<Object> args, int i) {
        Object v = args.get(i);
        if (v instanceof Collection<?> c) {
            return c;
        }
        throw ScriptFault.missingMethod("expected a list as argument " + (i + 1) + ", got " + GroovyTypes.name(v));
    }

    static Map<?, ?> map(List<Object> args, int i) {
        Object v = args.get(i);
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw ScriptFault.missingMethod("expected a map as argument " + (i + 1) + ", got " + GroovyTypes.name(v));
    }

    /** Calls a closure with a map entry: as {@code (key, value)} when it declares two parameters, else with the entry. */
    static Object callWithEntry(ClosureValue c, Map.Entry<?, ?> e) {
        if (c.parameterCount() == 2) {
            return c.call(e.getKey(), e.getValue());
        }
        return c.call(e);
    }

    static boolean truth(ClosureValue c, Object arg) {
        return GroovyTruth.test(c.call(arg));
    }
}
