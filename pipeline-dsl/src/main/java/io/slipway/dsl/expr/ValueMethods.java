package io.slipway.dsl.expr;

import static io.slipway.dsl.expr.Args.integer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The methods of the smaller value types: booleans, map entries, regex matchers and patterns, caught exceptions. */
final class ValueMethods {

    static final MethodTable<Boolean> BOOLEAN = new MethodTable<Boolean>("Boolean")
            .add("booleanValue", 0, (b, a) -> b)
            .add("toString", 0, (b, a) -> b.toString())
            .add("and", 1, (b, a) -> b && GroovyTruth.test(a.get(0)))
            .add("or", 1, (b, a) -> b || GroovyTruth.test(a.get(0)))
            .add("xor", 1, (b, a) -> b ^ GroovyTruth.test(a.get(0)))
            .add("asBoolean", 0, (b, a) -> b)
            .add("equals", 1, (b, a) -> b.equals(a.get(0)));

    static final MethodTable<Map.Entry<Object, Object>> ENTRY = new MethodTable<Map.Entry<Object, Object>>("Map.Entry")
            .add("getKey", 0, (e, a) -> e.getKey())
            .add("getValue", 0, (e, a) -> e.getValue())
            .add("setValue", 1, (e, a) -> e.setValue(a.get(0)))
            .add("toString", 0, (e, a) -> GroovyText.render(e));

    static final MethodTable<Matcher> MATCHER = new MethodTable<Matcher>("Matcher")
            .add("matches", 0, (m, a) -> m.matches())
            .add("find", 0, (m, a) -> m.find())
            .add("group", 0, (m, a) -> m.group())
            .add("group", 1, (m, a) -> a.get(0) instanceof String name ? m.group(name) : m.group(integer(a, 0)))
            .add("groupCount", 0, (m, a) -> m.groupCount())
            .add("getCount", 0, (m, a) -> Subscripts.matchCount(m))
            .add("size", 0, (m, a) -> Subscripts.matchCount(m))
            .add("getAt", 1, (m, a) -> Subscripts.get(m, a.get(0)))
            .add("reset", 0, (m, a) -> m.reset())
            .add("asBoolean", 0, (m, a) -> GroovyTruth.test(m));

    static final MethodTable<Pattern> PATTERN = new MethodTable<Pattern>("Pattern")
            .add("matcher", 1, (p, a) -> p.matcher(GroovyText.render(a.get(0))))
            .add("pattern", 0, (p, a) -> p.pattern())
            .add("toString", 0, (p, a) -> p.pattern())
            .add("isCase", 1, (p, a) -> GroovyEquality.isCase(p, a.get(0)));

    static final MethodTable<PipelineError> ERROR = new MethodTable<PipelineError>("Exception")
            .add("getMessage", 0, (e, a) -> e.scriptMessage())
            .add("getLocalizedMessage", 0, (e, a) -> e.scriptMessage())
            .add("getCause", 0, (e, a) -> null)
            .add("toString", 0, (e, a) -> e.render());

    static final MethodTable<ClosureValue> CLOSURE = new MethodTable<ClosureValue>("Closure")
            .add("call", 0, Integer.MAX_VALUE, ClosureValue::call)
            .add("getMaximumNumberOfParameters", 0, (c, a) -> Math.max(1, c.parameterCount()));

    /** {@code new Date()}: formatting in the server's time zone unless one is given, as Groovy's {@code Date.format}. */
    static final MethodTable<java.util.Date> DATE = new MethodTable<java.util.Date>("Date")
            .add("getTime", 0, (d, a) -> d.getTime())
            .add("format", 1, (d, a) -> new java.text.SimpleDateFormat(Args.string(a, 0)).format(d))
            .add("format", 2, (d, a) -> {
                var f = new java.text.SimpleDateFormat(Args.string(a, 0));
                f.setTimeZone(java.util.TimeZone.getTimeZone(Args.string(a, 1)));
                return f.format(d);
            })
            .add("before", 1, (d, a) -> d.before((java.util.Date) a.get(0)))
            .add("after", 1, (d, a) -> d.after((java.util.Date) a.get(0)))
            .add("toString", 0, (d, a) -> d.toString());

    private ValueMethods() {
    }
}
