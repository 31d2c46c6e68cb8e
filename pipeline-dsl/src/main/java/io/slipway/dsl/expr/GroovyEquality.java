package io.slipway.dsl.expr;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groovy's {@code ==}, {@code <=>} and {@code isCase}: numbers compare by value across types
 * ({@code 1 == 1.0}), lists and maps element by element with the same rules, null only equals null.
 */
final class GroovyEquality {

    private GroovyEquality() {
    }

    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return GroovyNumbers.compare(GroovyNumbers.normalize(x), GroovyNumbers.normalize(y)) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return listsEqual(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return mapsEqual(x, y);
        }
        if (a instanceof Collection<?> x && b instanceof Collection<?> y && !(a instanceof List) && !(b instanceof List)) {
            return x.size() == y.size() && x.stream().allMatch(e -> contains(y, e));
        }
        if (a instanceof Character || b instanceof Character) {
            return a.toString().equals(b.toString());
        }
        return a.equals(b);
    }

    private static boolean listsEqual(List<?> x, List<?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        Iterator<?> i = x.iterator();
        Iterator<?> j = y.iterator();
        while (i.hasNext()) {
            if (!equal(i.next(), j.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> x, Map<?, ?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<?, ?> e : x.entrySet()) {
            if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean contains(Collection<?> c, Object value) {
        if (c instanceof RangeValue r) {
            return r.containsValue(value);
        }
        for (Object e : c) {
            if (equal(e, value)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a <=> b}; null is smaller than anything else. Fails for values without an order between them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return GroovyNumbers.compare(GroovyNumbers.normalize(x), GroovyNumbers.normalize(y));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.compareTo(y);
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        throw new ScriptFault("Cannot compare " + GroovyTypes.name(a) + " with value '" + GroovyText.render(a)
                + "' and " + GroovyTypes.name(b) + " with value '" + GroovyText.render(b) + "'",
                "java.lang.IllegalArgumentException");
    }

    /**
     * Groovy's {@code caseValue.isCase(value)}, used by {@code switch} and {@code in}: membership for
     * collections, ranges and maps (keys), a whole match for patterns, an instance test for classes, the
     * closure's truth for closures, and equality otherwise.
     */
    static boolean isCase(Object caseValue, Object value) {
        if (caseValue instanceof Collection<?> c) {
            return contains(c, value);
        }
        if (caseValue instanceof Map<?, ?> m) {
            return GroovyTruth.test(m.get(value));
        }
        if (caseValue instanceof Pattern p) {
            return value != null && p.matcher(GroovyText.render(value)).matches();
        }
        if (caseValue instanceof TypeRef t) {
            return t.isInstance(value);
        }
        if (caseValue instanceof ClosureValue c) {
            return GroovyTruth.test(c.call(value));
        }
        if (caseValue instanceof String s && value != null && !(value instanceof String)) {
            return s.equals(GroovyText.render(value));
        }
        return equal(caseValue, value);
    }
}
