package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregating helpers of the list library: collectEntries, groupBy, countBy, inject and flatten. */
final class ListGrouping {

    private ListGrouping() {
    }

    /** Each element (or closure result) must be a two-element list or a map entry, as in Groovy. */
    static Map<Object, Object> collectEntries(Collection<?> l, ClosureValue c) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object e : l) {
            addEntry(out, c == null ? e : c.call(e));
        }
        return out;
    }

    static void addEntry(Map<Object, Object> out, Object entry) {
        if (entry instanceof Map.Entry<?, ?> me) {
            out.put(me.getKey(), me.getValue());
        } else if (entry instanceof Map<?, ?> m) {
            out.putAll(m);
        } else if (entry instanceof List<?> pair && pair.size() == 2) {
            out.put(pair.get(0), pair.get(1));
        } else {
            throw ScriptFault.illegalArgument("collectEntries needs [key, value] pairs or map entries, got "
                    + GroovyTypes.name(entry) + " '" + GroovyText.render(entry) + "'");
        }
    }

    static Map<Object, Object> groupBy(Collection<?> l, ClosureValue c) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object e : l) {
            @SuppressWarnings("unchecked")
            List<Object> group = (List<Object>) out.computeIfAbsent(c.call(e), k -> new ArrayList<>());
            group.add(e);
        }
        return out;
    }

    static Map<Object, Object> countBy(Collection<?> l, ClosureValue c) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object e : l) {
            out.merge(c.call(e), 1, (x, y) -> (Integer) x + 1);
        }
        return out;
    }

    static Object inject(Collection<?> l, Object initial, boolean hasInitial, ClosureValue c) {
        Object acc = initial;
        boolean first = !hasInitial;
        for (Object e : l) {
            acc = first ? e : c.call(acc, e);
            first = false;
        }
        if (first) {
            throw ScriptFault.illegalArgument("Can't inject an empty list without an initial value");
        }
        return acc;
    }

    static List<Object> flatten(Collection<?> l, List<Object> out) {
        for (Object e : l) {
            if (e instanceof Collection<?> inner) {
                flatten(inner, out);
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
