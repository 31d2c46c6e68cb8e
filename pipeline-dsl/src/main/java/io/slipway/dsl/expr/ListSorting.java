package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Ordering helpers of the list library: sort, unique, min, max and sum with Groovy's comparison and closures. */
final class ListSorting {

    private ListSorting() {
    }

    /** A comparator from an optional closure: by key for one parameter, as a comparator for two. */
    static Comparator<Object> comparator(ClosureValue c) {
        if (c == null) {
            return GroovyEquality::compare;
        }
        if (c.parameterCount() == 2) {
            return (x, y) -> {
                Object r = c.call(x, y);
                return r instanceof Number n ? Integer.signum(GroovyNumbers.compare(n, 0)) : 0;
            };
        }
        return (x, y) -> GroovyEquality.compare(c.call(x), c.call(y));
    }

    @SuppressWarnings("unchecked")
    static List<Object> sort(Collection<Object> l, boolean mutate, ClosureValue c) {
        List<Object> sorted = new ArrayList<>(l);
        sorted.sort(comparator(c));
        if (mutate && l instanceof List<?> target && !((Object) l instanceof RangeValue)) {
            List<Object> list = (List<Object>) target;
            list.clear();
            list.addAll(sorted);
            return list;
        }
        return sorted;
    }

    @SuppressWarnings("unchecked")
    static Collection<Object> unique(Collection<Object> l, boolean mutate, ClosureValue c) {
        Comparator<Object> cmp = c == null ? null : comparator(c);
        List<Object> out = new ArrayList<>();
        for (Object e : l) {
            boolean seen = false;
            for (Object kept : out) {
                if (cmp == null ? GroovyEquality.equal(kept, e) : cmp.compare(kept, e) == 0) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(e);
            }
        }
        if (mutate && !((Object) l instanceof RangeValue)) {
            l.clear();
            l.addAll(out);
            return l;
        }
        return out;
    }

    static Object extreme(Collection<Object> l, ClosureValue c, int sign) {
        Comparator<Object> cmp = comparator(c);
        Object best = null;
        boolean first = true;
        for (Object e : l) {
            if (first || sign * cmp.compare(e, best) > 0) {
                best = e;
                first = false;
            }
        }
        return best;
    }

    static Object sum(Collection<?> l, Object initial, boolean hasInitial) {
        Object total = initial;
        boolean first = !hasInitial;
        for (Object e : l) {
            total = first ? e : Operators.plus(total, e);
            first = false;
        }
        return total;
    }
}
