package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code x.name} and {@code x.name = v} on values: a map's key, a list's elements' property (Groovy
 * spreads it), a getter of the receiver's method table ({@code str.empty}, {@code e.message}),
 * {@code env}, {@code currentBuild} and caller objects.
 */
final class PropertyAccess {

    private PropertyAccess() {
    }

    static Object get(Object target, String name) {
        if (target == null) {
            throw ScriptFault.nullPointer(ExprMessages.nullProperty(name));
        }
        if (target instanceof Map<?, ?> m) {
            return m.get(name);
        }
        if (target instanceof EnvObject env) {
            return env.get(name);
        }
        if (target instanceof BuildObject b) {
            return b.get(name);
        }
        if (target instanceof ScriptObject o) {
            return o.getProperty(name);
        }
        if (target instanceof Map.Entry<?, ?> e && (name.equals("key") || name.equals("value"))) {
            return name.equals("key") ? e.getKey() : e.getValue();
        }
        if (target instanceof PipelineError e && name.equals("message")) {
            return e.scriptMessage();
        }
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String isser = "is" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        MethodTable<?> table = MethodDispatch.tableFor(target);
        if (table != null && table.has(getter)) {
            return MethodDispatch.callValueMethod(target, getter, List.of());
        }
        if (table != null && table.has(isser)) {
            return MethodDispatch.callValueMethod(target, isser, List.of());
        }
        if (target instanceof Collection<?> c) {
            return spread(c, name);
        }
        throw new ScriptFault(ExprMessages.unknownProperty(name, GroovyTypes.name(target)), "groovy.lang.MissingPropertyException");
    }

    /** {@code list.name} and {@code list*.name}: the property of each element. */
    static List<Object> spread(Collection<?> c, String name) {
        List<Object> out = new ArrayList<>();
        for (Object e : c) {
            out.add(e == null ? null : get(e, name));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static void set(Object target, String name, Object value) {
        if (target == null) {
            throw ScriptFault.nullPointer(ExprMessages.nullPropertySet(name));
        }
        if (target instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(name, value);
        } else if (target instanceof EnvObject env) {
            env.set(name, value);
        } else if (target instanceof BuildObject b) {
            b.set(name, value);
        } else if (target instanceof ScriptObject o) {
            o.setProperty(name, value);
        } else {
            throw new ScriptFault(ExprMessages.readOnlyProperty(name, GroovyTypes.name(target)), "groovy.lang.ReadOnlyPropertyException");
        }
    }
}
