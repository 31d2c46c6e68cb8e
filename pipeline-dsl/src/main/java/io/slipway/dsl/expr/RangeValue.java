package io.slipway.dsl.expr;

import java.util.AbstractList;

/**
 * An integer range {@code from..to} or {@code from..<to}, as a read-only list; a range whose start is
 * above its end counts down, as Groovy's {@code 5..1} does. Subscripts read the bounds as written so
 * that {@code s[1..-1]} means "from the second to the last".
 */
final class RangeValue extends AbstractList<Integer> {

    private final int from;
    private final int to;
    private final boolean inclusive;

    RangeValue(int from, int to, boolean inclusive) {
        this.from = from;
        this.to = to;
        this.inclusive = inclusive;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    boolean inclusive() {
        return inclusive;
    }

    private boolean reverse() {
        return from > to;
    }

    @Override
    public int size() {
        long span = Math.abs((long) to - from) + (inclusive ? 1 : 0);
        return (int) Math.min(Integer.MAX_VALUE, span);
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("Index: " + index + " should not be negative or greater than or equal to " + size());
        }
        return reverse() ? from - index : from + index;
    }

    boolean containsValue(Object value) {
        if (!(value instanceof Number n) || !GroovyNumbers.isIntegral(n)) {
            return false;
        }
        long v = n.longValue();
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        if (!inclusive) {
            if (reverse()) {
                lo++;
            } else {
                hi--;
            }
        }
        return v >= lo && v <= hi;
    }

    @Override
    public boolean contains(Object o) {
        return containsValue(o);
    }

    String render() {
        return from + (inclusive ? ".." : "..<") + to;
    }
}
