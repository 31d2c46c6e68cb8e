package io.slipway.dsl.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Groovy's {@code x[i]} and {@code x[i] = v}: negative indices count from the end, ranges take slices
 * ({@code s[0..2]}, {@code list[1..-1]}, reversed when the range counts down), a list index beyond the
 * end reads {@code null}, and a matcher's {@code m[0]} is its first match (with its groups, if any).
 */
final class Subscripts {

    private Subscripts() {
    }

    static Object get(Object target, Object index) {
        if (target == null) {
            throw ScriptFault.nullPointer(ExprMessages.nullIndex());
        }
        if (target instanceof Map<?, ?> m) {
            return m.get(index);
        }
        if (target instanceof EnvObject env) {
            return env.get(GroovyText.render(index));
        }
        if (target instanceof String s) {
            return string(s, index);
        }
        if (target instanceof Collection<?> c) {
            return list(c instanceof List<?> l ? l : new ArrayList<>(c), index);
        }
        if (target instanceof Matcher m) {
            return match(m, index);
        }
        if (target instanceof ScriptObject o) {
            return o.getProperty(GroovyText.render(index));
        }
        if (target instanceof BuildObject b && index instanceof String name) {
            return b.get(name);
        }
        throw ScriptFault.missingMethod(ExprMessages.notIndexable(GroovyTypes.name(target)));
    }

    private static Object string(String s, Object index) {
        if (index instanceof RangeValue r) {
            List<Object> chars = StringMethods.chars(s);
            return ListMethods.join(slice(chars, r), "");
        }
        int i = integerIndex(index);
        int at = i < 0 ? i + s.length() : i;
        if (at < 0 || at >= s.length()) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + i);
        }
        return String.valueOf(s.charAt(at));
    }

    private static Object list(List<?> l, Object index) {
        if (index instanceof RangeValue r) {
            return slice(l, r);
        }
        if (index instanceof Collection<?> many) {
            List<Object> out = new ArrayList<>();
            for (Object i : many) {
                out.add(list(l, i));
            }
            return out;
        }
        if (index instanceof String property) {
            return PropertyAccess.spread(l, property);
        }
        int i = integerIndex(index);
        int at = i < 0 ? i + l.size() : i;
        if (at < 0) {
            throw new ArrayIndexOutOfBoundsException("Negative array index [" + i + "] too large for array size " + l.size());
        }
        return at < l.size() ? l.get(at) : null;
    }

    static List<Object> slice(List<?> l, RangeValue r) {
        int from = r.from();
        int to = r.to();
        if (!r.inclusive()) {
            if (from == to) {
                return new ArrayList<>();
            }
            to += from < to ? -1 : 1;
        }
        int size = l.size();
        int lo = from < 0 ? from + size : from;
        int hi = to < 0 ? to + size : to;
        boolean reverse = lo > hi;
        int start = Math.min(lo, hi);
        int end = Math.max(lo, hi);
        if (start < 0 || end >= size) {
            throw new IndexOutOfBoundsException("Index out of range for " + r.render() + " on size " + size);
        }
        List<Object> out = new ArrayList<>(l.subList(start, end + 1));
        if (reverse) {
            Collections.reverse(out);
        }
        return out;
    }

    private static Object match(Matcher m, Object index) {
        int i = integerIndex(index);
        int count = matchCount(m);
        int at = i < 0 ? i + count : i;
        if (at < 0 || at >= count) {
            throw new IndexOutOfBoundsException("index is out of range " + (-count) + ".." + (count - 1) + " (index = " + i + ")");
        }
        m.reset();
        for (int k = 0; k <= at; k++) {
            m.find();
        }
        return m.groupCount() == 0 ? m.group() : StringMethods.groupList(m);
    }

    static int matchCount(Matcher m) {
        m.reset();
        int count = 0;
        while (m.find()) {
            count++;
        }
        m.reset();
        return count;
    }

    private static int integerIndex(Object index) {
        if (index instanceof Number n && GroovyNumbers.isIntegral(n)) {
            return n.intValue();
        }
        throw ScriptFault.illegalArgument("an index must be an integer, not " + GroovyTypes.name(index));
    }

    @SuppressWarnings("unchecked")
    static void set(Object target, Object index, Object value) {
        if (target == null) {
            throw ScriptFault.nullPointer("Cannot set an element by index of null object");
        }
        if (target instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(index, value);
        } else if (target instanceof EnvObject env) {
            env.set(GroovyText.render(index), value);
        } else if (target instanceof List<?> l && !(l instanceof RangeValue)) {
            List<Object> list = (List<Object>) l;
            int i = integerIndex(index);
            int at = i < 0 ? i + list.size() : i;
            if (at < 0) {
                throw new ArrayIndexOutOfBoundsException("Negative array index [" + i + "] too large for array size " + list.size());
            }
            while (list.size() <= at) {
                list.add(null);
            }
            list.set(at, value);
        } else if (target instanceof ScriptObject o) {
            o.setProperty(GroovyText.render(index), value);
        } else {
            throw ScriptFault.missingMethod(ExprMessages.notIndexable(GroovyTypes.name(target)));
        }
    }
}
