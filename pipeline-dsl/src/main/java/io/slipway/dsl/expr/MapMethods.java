package io.slipway.dsl.expr;

import static io.slipway.dsl.expr.Args.callWithEntry;
import static io.slipway.dsl.expr.Args.closure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The methods of maps. Closures given to {@code each}, {@code collect}, {@code findAll} and the like are
 * called with {@code (key, value)} when they declare two parameters and with the entry otherwise,
 * as in Groovy; {@code findAll} returns a map and {@code find} an entry.
 */
final class MapMethods {

    static final MethodTable<Map<Object, Object>> TABLE = new MethodTable<Map<Object, Object>>("Map")
            .add("size", 0, (m, a) -> m.size())
            .add("isEmpty", 0, (m, a) -> m.isEmpty())
            .add("containsKey", 1, (m, a) -> m.containsKey(a.get(0)))
            .add("containsValue", 1, (m, a) -> m.values().stream().anyMatch(v -> GroovyEquality.equal(v, a.get(0))))
            .add("get", 1, (m, a) -> m.get(a.get(0)))
            .add("get", 2, (m, a) -> {
                // Groovy's get(key, default) stores the default when the key is missing
                if (!m.containsKey(a.get(0))) {
                    m.put(a.get(0), a.get(1));
                }
                return m.get(a.get(0));
            })
            .add("getOrDefault", 2, (m, a) -> m.getOrDefault(a.get(0), a.get(1)))
            .add("getAt", 1, (m, a) -> m.get(a.get(0)))
            .add("put", 2, (m, a) -> m.put(a.get(0), a.get(1)))
            .add("putAt", 2, (m, a) -> m.put(a.get(0), a.get(1)))
            .add("putAll", 1, (m, a) -> {
                m.putAll(Args.map(a, 0));
                return null;
            })
            .add("putIfAbsent", 2, (m, a) -> m.putIfAbsent(a.get(0), a.get(1)))
            .add("remove", 1, (m, a) -> m.remove(a.get(0)))
            .add("clear", 0, (m, a) -> {
                m.clear();
                return null;
            })
            .add("keySet", 0, (m, a) -> new LinkedHashSet<>(m.keySet()))
            .add("values", 0, (m, a) -> new ArrayList<>(m.values()))
            .add("entrySet", 0, (m, a) -> new LinkedHashSet<>(m.entrySet()))
            .add("each", 1, (m, a) -> {
                ClosureValue c = closure(a, 0);
                new ArrayList<>(m.entrySet()).forEach(e -> callWithEntry(c, e));
                return m;
            })
            .add("eachWithIndex", 1, (m, a) -> {
                ClosureValue c = closure(a, 0);
                int i = 0;
                for (Map.Entry<Object, Object> e : new ArrayList<>(m.entrySet())) {
                    if (c.parameterCount() == 3) {
                        c.call(e.getKey(), e.getValue(), i++);
                    } else {
                        c.call(e, i++);
                    }
                }
                return m;
            })
            .add("collect", 1, (m, a) -> {
                List<Object> out = new ArrayList<>();
                m.entrySet().forEach(e -> out.add(callWithEntry(closure(a, 0), e)));
                return out;
            })
            .add("collectEntries", 1, (m, a) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                m.entrySet().forEach(e -> ListGrouping.addEntry(out, callWithEntry(closure(a, 0), e)));
                return out;
            })
            .add("findAll", 1, (m, a) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                m.entrySet().stream().filter(e -> GroovyTruth.test(callWithEntry(closure(a, 0), e)))
                        .forEach(e -> out.put(e.getKey(), e.getValue()));
                return out;
            })
            .add("find", 1, (m, a) -> m.entrySet().stream()
                    .filter(e -> GroovyTruth.test(callWithEntry(closure(a, 0), e))).findFirst().orElse(null))
            .add("any", 1, (m, a) -> m.entrySet().stream().anyMatch(e -> GroovyTruth.test(callWithEntry(closure(a, 0), e))))
            .add("every", 1, (m, a) -> m.entrySet().stream().allMatch(e -> GroovyTruth.test(callWithEntry(closure(a, 0), e))))
            .add("count", 1, (m, a) -> (int) m.entrySet().stream()
                    .filter(e -> GroovyTruth.test(callWithEntry(closure(a, 0), e))).count())
            .add("groupBy", 1, (m, a) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (Map.Entry<Object, Object> e : m.entrySet()) {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> group = (Map<Object, Object>) out.computeIfAbsent(
                            callWithEntry(closure(a, 0), e), k -> new LinkedHashMap<>());
                    group.put(e.getKey(), e.getValue());
                }
                return out;
            })
            .add("inject", 2, (m, a) -> {
                Object acc = a.get(0);
                ClosureValue c = closure(a, 1);
                for (Map.Entry<Object, Object> e : m.entrySet()) {
                    acc = c.parameterCount() == 3 ? c.call(acc, e.getKey(), e.getValue()) : c.call(acc, e);
                }
                return acc;
            })
            .add("subMap", 1, (m, a) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (Object k : Args.collection(a, 0)) {
                    if (m.containsKey(k)) {
                        out.put(k, m.get(k));
                    }
                }
                return out;
            })
            .add("sort", 0, (m, a) -> sorted(m, null))
            .add("sort", 1, (m, a) -> sorted(m, closure(a, 0)))
            .add("plus", 1, (m, a) -> Operators.plus(m, a.get(0)))
            .add("minus", 1, (m, a) -> Operators.minus(m, a.get(0)))
            .add("leftShift", 1, (m, a) -> Operators.leftShift(m, a.get(0)))
            .add("asBoolean", 0, (m, a) -> !m.isEmpty())
            .add("equals", 1, (m, a) -> GroovyEquality.equal(m, a.get(0)))
            .add("toString", 0, (m, a) -> GroovyText.render(m));

    private MapMethods() {
    }

    /** A new map sorted by key, or by the closure: a key function of an entry, or a comparator of two entries. */
    private static Map<Object, Object> sorted(Map<Object, Object> m, ClosureValue c) {
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(m.entrySet());
        if (c == null) {
            entries.sort((x, y) -> GroovyEquality.compare(x.getKey(), y.getKey()));
        } else {
            entries.sort(ListSorting.comparator(c)::compare);
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
