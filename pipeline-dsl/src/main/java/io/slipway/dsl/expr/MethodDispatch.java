package io.slipway.dsl.expr;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the library method for a receiver value: the table of its type, then the methods every value
 * has ({@code toString}, {@code equals}, {@code is}, {@code asBoolean}). A method in neither is an
 * unsupported construct that names the method and the receiver's type.
 */
final class MethodDispatch {

    private MethodDispatch() {
    }

    static MethodTable<?> tableFor(Object target) {
        if (target instanceof String) {
            return StringMethods.TABLE;
        }
        if (target instanceof Collection) {
            return ListMethods.TABLE;
        }
        if (target instanceof Map) {
            return MapMethods.TABLE;
        }
        if (target instanceof Number) {
            return NumberMethods.TABLE;
        }
        if (target instanceof Boolean) {
            return ValueMethods.BOOLEAN;
        }
        if (target instanceof Map.Entry) {
            return ValueMethods.ENTRY;
        }
        if (target instanceof Matcher) {
            return ValueMethods.MATCHER;
        }
        if (target instanceof Pattern) {
            return ValueMethods.PATTERN;
        }
        if (target instanceof PipelineError) {
            return ValueMethods.ERROR;
        }
        if (target instanceof ClosureValue) {
            return ValueMethods.CLOSURE;
        }
        if (target instanceof java.util.Date) {
            return ValueMethods.DATE;
        }
        return null;
    }

    /** Calls {@code target.name(args)} for a non-null target. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object callValueMethod(Object target, String name, List<Object> args) {
        if (target instanceof EnvObject env) {
            return env.call(name, args);
        }
        if (target instanceof BuildObject build) {
            return build.call(name, args);
        }
        if (target instanceof ScriptObject o) {
            return o.invokeMethod(name, args);
        }
        MethodTable table = tableFor(target);
        if (table != null && table.has(name)) {
            Object self = target instanceof Number n ? GroovyNumbers.normalize(n) : target;
            return table.call(name, self, args);
        }
        return common(target, name, args, table);
    }

    private static Object common(Object target, String name, List<Object> args, MethodTable<?> table) {
        switch (name + "/" + args.size()) {
            case "toString/0":
                return GroovyText.render(target);
            case "equals/1":
                return GroovyEquality.equal(target, args.get(0));
            case "is/1":
                return target == args.get(0);
            case "asBoolean/0":
                return GroovyTruth.test(target);
            case "hashCode/0":
                return target.hashCode();
            default:
                String type = GroovyTypes.name(target);
                throw ScriptFault.unsupported(ExprMessages.unknownMethod(name, type));
        }
    }
}
