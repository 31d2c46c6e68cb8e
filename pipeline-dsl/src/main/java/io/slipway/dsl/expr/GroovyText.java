package io.slipway.dsl.expr;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** Groovy's {@code toString} of values, as GStrings and string concatenation render them: {@code [a, 1]}, {@code [k:v]}. */
final class GroovyText {

    private GroovyText() {
    }

    static String render(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, int depth) {
        if (depth > 50) {
            out.append("...");
            return;
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(s);
        } else if (value instanceof RangeValue r) {
            out.append(r.render());
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            Iterator<?> it = c.iterator();
            while (it.hasNext()) {
                Object e = it.next();
                append(out, e == c ? "(this Collection)" : e, depth + 1);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append("[:]");
                return;
            }
            out.append('[');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                append(out, e.getKey(), depth + 1);
                out.append(':');
                append(out, e.getValue() == m ? "(this Map)" : e.getValue(), depth + 1);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else if (value instanceof Map.Entry<?, ?> e) {
            append(out, e.getKey(), depth + 1);
            out.append('=');
            append(out, e.getValue(), depth + 1);
        } else if (value instanceof PipelineError e) {
            out.append(e.render());
        } else if (value instanceof Pattern p) {
            out.append(p.pattern());
        } else {
            out.append(value);
        }
    }
}
